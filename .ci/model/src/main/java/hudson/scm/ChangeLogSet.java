// Source: jenkinsci/jenkins core/src/main/java/hudson/scm/ChangeLogSet.java @ jenkins-2.541.3
package hudson.scm;

import hudson.model.Run;
import java.util.Collection;

public abstract class ChangeLogSet<T extends ChangeLogSet.Entry> implements Iterable<T> {

    protected ChangeLogSet(Run<?, ?> run, RepositoryBrowser<?> browser) {
        throw new UnsupportedOperationException();
    }

    public Run<?, ?> getRun() {
        throw new UnsupportedOperationException();
    }

    public RepositoryBrowser<?> getBrowser() {
        throw new UnsupportedOperationException();
    }

    public abstract boolean isEmptySet();

    public abstract static class Entry {

        public ChangeLogSet getParent() {
            throw new UnsupportedOperationException();
        }

        public String getCommitId() {
            throw new UnsupportedOperationException();
        }

        public long getTimestamp() {
            throw new UnsupportedOperationException();
        }

        public abstract String getMsg();

        public abstract Collection<String> getAffectedPaths();

        public Collection<? extends AffectedFile> getAffectedFiles() {
            throw new UnsupportedOperationException();
        }
    }

    public interface AffectedFile {

        String getPath();
    }
}
