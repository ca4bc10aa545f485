// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/mixin/ChangeRequestSCMHead.java @ 24df4bb455f2
package jenkins.scm.api.mixin;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMHead;

public interface ChangeRequestSCMHead extends SCMHeadMixin {

    @NonNull
    String getId();

    @NonNull
    SCMHead getTarget();
}
