// Source: jenkinsci/git-plugin src/main/java/jenkins/plugins/git/GitBranchSCMHead.java @ add6e4dc74e6
package jenkins.plugins.git;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMHead;

public class GitBranchSCMHead extends SCMHead implements GitSCMHeadMixin {

    public GitBranchSCMHead(@NonNull String name) {
        super(name);
        throw new UnsupportedOperationException();
    }

    @Override
    public final String getRef() {
        throw new UnsupportedOperationException();
    }
}
