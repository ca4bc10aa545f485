// Source: jenkinsci/git-plugin src/main/java/jenkins/plugins/git/GitSCMSourceRequest.java @ add6e4dc74e6
package jenkins.plugins.git;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.trait.SCMSourceRequest;

public class GitSCMSourceRequest extends SCMSourceRequest {

    public GitSCMSourceRequest(@NonNull SCMSource source, @NonNull GitSCMSourceContext<?, ?> context,
            TaskListener listener) {
        super(source, context, listener);
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final String gitTool() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final String remoteName() {
        throw new UnsupportedOperationException();
    }
}
