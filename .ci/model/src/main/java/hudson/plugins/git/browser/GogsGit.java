// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/browser/GogsGit.java @ add6e4dc74e6
package hudson.plugins.git.browser;

import hudson.plugins.git.GitChangeSet;
import hudson.plugins.git.GitChangeSet.Path;
import java.io.IOException;
import java.net.URL;
import org.kohsuke.stapler.DataBoundConstructor;

public class GogsGit extends GitRepositoryBrowser {

    @DataBoundConstructor
    public GogsGit(String repoUrl) {
        throw new UnsupportedOperationException();
    }

    @Override
    public URL getChangeSetLink(GitChangeSet changeSet) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public URL getDiffLink(Path path) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public URL getFileLink(Path path) throws IOException {
        throw new UnsupportedOperationException();
    }
}
