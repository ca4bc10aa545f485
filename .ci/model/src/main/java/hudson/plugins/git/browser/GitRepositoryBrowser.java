// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/browser/GitRepositoryBrowser.java @ add6e4dc74e6
package hudson.plugins.git.browser;

import hudson.plugins.git.GitChangeSet;
import hudson.scm.RepositoryBrowser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;

public abstract class GitRepositoryBrowser extends RepositoryBrowser<GitChangeSet> {

    @Deprecated
    protected GitRepositoryBrowser() {
        throw new UnsupportedOperationException();
    }

    protected GitRepositoryBrowser(String repourl) {
        throw new UnsupportedOperationException();
    }

    public final String getRepoUrl() {
        throw new UnsupportedOperationException();
    }

    public final URL getUrl() throws IOException {
        throw new UnsupportedOperationException();
    }

    public abstract URL getDiffLink(GitChangeSet.Path path) throws IOException;

    public abstract URL getFileLink(GitChangeSet.Path path) throws IOException, URISyntaxException;

    public URL getChangeSetLink(final String commitId) throws IOException {
        throw new UnsupportedOperationException();
    }

    protected boolean getNormalizeUrl() {
        throw new UnsupportedOperationException();
    }

    protected int getIndexOfPath(GitChangeSet.Path path) throws IOException {
        throw new UnsupportedOperationException();
    }

    public static URL encodeURL(URL url) throws IOException {
        throw new UnsupportedOperationException();
    }

    protected static boolean validateUrl(String url) throws URISyntaxException {
        throw new UnsupportedOperationException();
    }
}
