// Source: jenkinsci/git-plugin src/main/java/jenkins/plugins/git/GitTagSCMHead.java @ add6e4dc74e6
package jenkins.plugins.git;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.mixin.TagSCMHead;

public class GitTagSCMHead extends SCMHead implements TagSCMHead {

    public GitTagSCMHead(@NonNull String name, long timestamp) {
        super(name);
        throw new UnsupportedOperationException();
    }

    @Override
    public long getTimestamp() {
        throw new UnsupportedOperationException();
    }
}
