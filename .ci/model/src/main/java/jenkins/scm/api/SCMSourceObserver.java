// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMSourceObserver.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.Set;

public abstract class SCMSourceObserver {

    @NonNull
    public abstract SCMSourceOwner getContext();

    @NonNull
    public abstract TaskListener getListener();

    @CheckForNull
    public Set<String> getIncludes() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract ProjectObserver observe(@NonNull String projectName)
            throws IllegalArgumentException, IOException, InterruptedException;

    public abstract void addAttribute(@NonNull String key, @Nullable Object value)
            throws IllegalArgumentException, ClassCastException;

    public boolean isObserving() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static <O extends SCMSourceObserver> SCMSourceObserver.Filter<O> filter(O delegate, String... projectNames) {
        throw new UnsupportedOperationException();
    }

    public static abstract class ProjectObserver {

        public abstract void addSource(@NonNull SCMSource source);

        public abstract void addAttribute(@NonNull String key, @Nullable Object value)
                throws IllegalArgumentException, ClassCastException;

        public abstract void complete() throws IllegalStateException, IOException, InterruptedException;
    }

    public static abstract class Wrapped<O extends SCMSourceObserver> extends SCMSourceObserver {

        protected Wrapped(O delegate) {
            throw new UnsupportedOperationException();
        }

        @Override
        @NonNull
        public SCMSourceOwner getContext() {
            throw new UnsupportedOperationException();
        }

        @Override
        @NonNull
        public TaskListener getListener() {
            throw new UnsupportedOperationException();
        }

        @Override
        @CheckForNull
        public Set<String> getIncludes() {
            throw new UnsupportedOperationException();
        }

        @Override
        @NonNull
        public ProjectObserver observe(@NonNull String projectName)
                throws IllegalArgumentException, IOException, InterruptedException {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addAttribute(@NonNull String key, @Nullable Object value)
                throws IllegalArgumentException, ClassCastException {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isObserving() {
            throw new UnsupportedOperationException();
        }
    }

    public static class Filter<O extends SCMSourceObserver> extends Wrapped<O> {

        public Filter(O delegate, String... projectNames) {
            super(delegate);
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> getIncludes() {
            throw new UnsupportedOperationException();
        }

        @NonNull
        @Override
        public ProjectObserver observe(@NonNull String projectName)
                throws IllegalArgumentException, IOException, InterruptedException {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isObserving() {
            throw new UnsupportedOperationException();
        }
    }
}
