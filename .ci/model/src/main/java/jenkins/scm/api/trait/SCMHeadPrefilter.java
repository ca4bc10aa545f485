// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMHeadPrefilter.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMSource;

public abstract class SCMHeadPrefilter {

    public abstract boolean isExcluded(@NonNull SCMSource source, @NonNull SCMHead head);
}
