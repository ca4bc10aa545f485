// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMSourceFilter.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;

public abstract class SCMSourceFilter {

    public abstract boolean isExcluded(@NonNull SCMNavigatorRequest request, @NonNull String projectName)
            throws IOException, InterruptedException;
}
