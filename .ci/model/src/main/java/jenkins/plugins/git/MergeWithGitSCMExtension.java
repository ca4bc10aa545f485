// Source: jenkinsci/git-plugin src/main/java/jenkins/plugins/git/MergeWithGitSCMExtension.java @ add6e4dc74e6
package jenkins.plugins.git;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.plugins.git.extensions.GitSCMExtension;

public class MergeWithGitSCMExtension extends GitSCMExtension {

    public MergeWithGitSCMExtension(@NonNull String baseName, @CheckForNull String baseHash) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public String getBaseName() {
        throw new UnsupportedOperationException();
    }

    public String getBaseHash() {
        throw new UnsupportedOperationException();
    }
}
