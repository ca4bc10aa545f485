// Source: jenkinsci/git-plugin src/main/java/jenkins/plugins/git/GitTagSCMRevision.java @ add6e4dc74e6
package jenkins.plugins.git;

import edu.umd.cs.findbugs.annotations.NonNull;

public class GitTagSCMRevision extends AbstractGitSCMSource.SCMRevisionImpl {

    public GitTagSCMRevision(@NonNull GitTagSCMHead head, @NonNull String hash) {
        super(head, hash);
        throw new UnsupportedOperationException();
    }
}
