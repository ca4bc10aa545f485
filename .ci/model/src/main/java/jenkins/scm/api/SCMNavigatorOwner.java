// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMNavigatorOwner.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

public interface SCMNavigatorOwner extends SCMSourceOwner {

    @NonNull
    List<SCMNavigator> getSCMNavigators();
}
