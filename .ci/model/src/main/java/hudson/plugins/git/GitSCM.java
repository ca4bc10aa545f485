// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/GitSCM.java @ add6e4dc74e6
package hudson.plugins.git;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.plugins.git.browser.GitRepositoryBrowser;
import hudson.plugins.git.extensions.GitSCMExtension;
import hudson.plugins.git.extensions.GitSCMExtensionDescriptor;
import hudson.scm.ChangeLogParser;
import hudson.util.DescribableList;
import java.util.List;

public class GitSCM extends GitSCMBackwardCompatibility {

    public GitSCM(String repositoryUrl) throws GitException {
        throw new UnsupportedOperationException();
    }

    public GitSCM(List<UserRemoteConfig> userRemoteConfigs, List<BranchSpec> branches,
            @CheckForNull GitRepositoryBrowser browser, @CheckForNull String gitTool, List<GitSCMExtension> extensions)
            throws GitException {
        throw new UnsupportedOperationException();
    }

    public DescribableList<GitSCMExtension, GitSCMExtensionDescriptor> getExtensions() {
        throw new UnsupportedOperationException();
    }

    @Override
    public GitRepositoryBrowser getBrowser() {
        throw new UnsupportedOperationException();
    }

    public void setBrowser(GitRepositoryBrowser browser) {
        throw new UnsupportedOperationException();
    }

    public List<UserRemoteConfig> getUserRemoteConfigs() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getGitTool() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChangeLogParser createChangeLogParser() {
        throw new UnsupportedOperationException();
    }

    public List<BranchSpec> getBranches() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getKey() {
        throw new UnsupportedOperationException();
    }
}
