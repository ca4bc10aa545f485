// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/mixin/SCMHeadMixin.java @ 24df4bb455f2
package jenkins.scm.api.mixin;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadOrigin;

public interface SCMHeadMixin extends Comparable<SCMHead>, Serializable {

    @NonNull
    String getName();

    @NonNull
    SCMHeadOrigin getOrigin();
}
