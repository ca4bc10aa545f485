// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMSourcePrefilter.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMNavigator;

public abstract class SCMSourcePrefilter {

    public abstract boolean isExcluded(@NonNull SCMNavigator source, @NonNull String projectName);
}
