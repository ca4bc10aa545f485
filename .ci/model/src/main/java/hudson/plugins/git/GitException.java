// Source: jenkinsci/git-client-plugin src/main/java/hudson/plugins/git/GitException.java @ 0f4ff57a015d
package hudson.plugins.git;

public class GitException extends RuntimeException {

    public GitException() {
        throw new UnsupportedOperationException();
    }

    public GitException(String message) {
        throw new UnsupportedOperationException();
    }

    public GitException(Throwable cause) {
        throw new UnsupportedOperationException();
    }

    public GitException(String message, Throwable cause) {
        throw new UnsupportedOperationException();
    }
}
