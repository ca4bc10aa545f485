// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/GitChangeSet.java @ add6e4dc74e6
package hudson.plugins.git;

import hudson.scm.ChangeLogSet;
import hudson.scm.ChangeLogSet.AffectedFile;
import java.util.Collection;
import java.util.List;

public class GitChangeSet extends ChangeLogSet.Entry {

    public GitChangeSet(List<String> lines, boolean authorOrCommitter) {
        throw new UnsupportedOperationException();
    }

    public GitChangeSet(List<String> lines, boolean authorOrCommitter, boolean retainFullCommitSummary) {
        throw new UnsupportedOperationException();
    }

    public String getDate() {
        throw new UnsupportedOperationException();
    }

    public String getAuthorEmail() {
        throw new UnsupportedOperationException();
    }

    @Override
    public long getTimestamp() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getCommitId() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Collection<String> getAffectedPaths() {
        throw new UnsupportedOperationException();
    }

    public Collection<Path> getPaths() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Collection<Path> getAffectedFiles() {
        throw new UnsupportedOperationException();
    }

    public String getAuthorName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getMsg() {
        throw new UnsupportedOperationException();
    }

    public String getId() {
        throw new UnsupportedOperationException();
    }

    public String getRevision() {
        throw new UnsupportedOperationException();
    }

    public String getComment() {
        throw new UnsupportedOperationException();
    }

    public String getBranch() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    public static class Path implements AffectedFile {

        private Path(String source, String destination, char action, String filePath, GitChangeSet changeSet) {
            throw new UnsupportedOperationException();
        }

        public String getSrc() {
            throw new UnsupportedOperationException();
        }

        public String getDst() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getPath() {
            throw new UnsupportedOperationException();
        }

        public GitChangeSet getChangeSet() {
            throw new UnsupportedOperationException();
        }
    }
}
