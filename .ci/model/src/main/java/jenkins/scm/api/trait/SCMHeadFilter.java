// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMHeadFilter.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import jenkins.scm.api.SCMHead;

public abstract class SCMHeadFilter {

    public abstract boolean isExcluded(@NonNull SCMSourceRequest request, @NonNull SCMHead head)
            throws IOException, InterruptedException;
}
