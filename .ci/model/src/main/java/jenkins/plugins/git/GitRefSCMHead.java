// Source: jenkinsci/git-plugin src/main/java/jenkins/plugins/git/GitRefSCMHead.java @ add6e4dc74e6
package jenkins.plugins.git;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMHead;

public class GitRefSCMHead extends SCMHead implements GitSCMHeadMixin {

    public GitRefSCMHead(@NonNull String name, @NonNull String ref) {
        super(name);
        throw new UnsupportedOperationException();
    }

    public GitRefSCMHead(@NonNull String name) {
        super(name);
        throw new UnsupportedOperationException();
    }

    @Override
    public String getRef() {
        throw new UnsupportedOperationException();
    }
}
