// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMHeadObserver.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

public abstract class SCMHeadObserver {

    public abstract void observe(@NonNull SCMHead head, @NonNull SCMRevision revision)
            throws IOException, InterruptedException;

    public boolean isObserving() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public Set<SCMHead> getIncludes() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static AllFinished allOf(SCMHeadObserver... observers) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static OneFinished first(SCMHeadObserver... observers) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static Collector collect() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static Selector select(@NonNull SCMHead head) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static <O extends SCMHeadObserver> Filter<O> filter(O delegate, SCMHead... heads) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static Named named(@NonNull String headName) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static Any any() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static None none() {
        throw new UnsupportedOperationException();
    }

    public static class AllFinished extends SCMHeadObserver {

        public AllFinished(SCMHeadObserver... observers) {
            throw new UnsupportedOperationException();
        }

        public AllFinished(@NonNull Iterable<SCMHeadObserver> observers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void observe(@NonNull SCMHead head, @NonNull SCMRevision revision)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isObserving() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<SCMHead> getIncludes() {
            throw new UnsupportedOperationException();
        }
    }

    public static class OneFinished extends SCMHeadObserver {

        public OneFinished(SCMHeadObserver... observers) {
            throw new UnsupportedOperationException();
        }

        public OneFinished(@NonNull Iterable<SCMHeadObserver> observers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void observe(@NonNull SCMHead head, @NonNull SCMRevision revision)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isObserving() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<SCMHead> getIncludes() {
            throw new UnsupportedOperationException();
        }
    }

    public static class Collector extends SCMHeadObserver {

        @Override
        public void observe(@NonNull SCMHead head, @NonNull SCMRevision revision) {
            throw new UnsupportedOperationException();
        }

        @NonNull
        public Map<SCMHead, SCMRevision> result() {
            throw new UnsupportedOperationException();
        }
    }

    public static class Selector extends SCMHeadObserver {

        public Selector(@NonNull SCMHead head) {
            throw new UnsupportedOperationException();
        }

        @CheckForNull
        public SCMRevision result() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void observe(@NonNull SCMHead head, @NonNull SCMRevision revision) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isObserving() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<SCMHead> getIncludes() {
            throw new UnsupportedOperationException();
        }
    }

    public static class Named extends SCMHeadObserver {

        public Named(@NonNull String head) {
            throw new UnsupportedOperationException();
        }

        @CheckForNull
        public SCMRevision result() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void observe(@NonNull SCMHead head, @NonNull SCMRevision revision) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isObserving() {
            throw new UnsupportedOperationException();
        }
    }

    public static class Any extends SCMHeadObserver {

        public Any() {
            throw new UnsupportedOperationException();
        }

        public SCMRevision getRevision() {
            throw new UnsupportedOperationException();
        }

        @CheckForNull
        public SCMRevision result() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void observe(@NonNull SCMHead head, @NonNull SCMRevision revision) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isObserving() {
            throw new UnsupportedOperationException();
        }
    }

    public static final class None extends SCMHeadObserver {

        public static final None INSTANCE = null;

        private None() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void observe(@NonNull SCMHead head, @NonNull SCMRevision revision) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isObserving() {
            throw new UnsupportedOperationException();
        }
    }

    public static abstract class Wrapped<O extends SCMHeadObserver> extends SCMHeadObserver {

        protected Wrapped(O delegate) {
            throw new UnsupportedOperationException();
        }

        public O unwrap() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isObserving() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void observe(@NonNull SCMHead head, @NonNull SCMRevision revision)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<SCMHead> getIncludes() {
            throw new UnsupportedOperationException();
        }
    }

    public static class Filter<O extends SCMHeadObserver> extends Wrapped<O> {

        public Filter(O delegate, SCMHead... heads) {
            super(delegate);
            throw new UnsupportedOperationException();
        }

        @Override
        public void observe(@NonNull SCMHead head, @NonNull SCMRevision revision)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isObserving() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<SCMHead> getIncludes() {
            throw new UnsupportedOperationException();
        }
    }
}
