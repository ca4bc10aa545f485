// Source: jenkinsci/jenkins core/src/main/java/hudson/model/Cause.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class Cause {
    public abstract String getShortDescription();

    public void onAddedTo(@NonNull Run build) {
        throw new UnsupportedOperationException();
    }

    public void onLoad(@NonNull Run<?, ?> build) {
        throw new UnsupportedOperationException();
    }

    public void print(TaskListener listener) {
        throw new UnsupportedOperationException();
    }

    public static class UpstreamCause extends Cause {
        public UpstreamCause(Run<?, ?> up) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean equals(Object rhs) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int hashCode() {
            throw new UnsupportedOperationException();
        }

        public String getUpstreamProject() {
            throw new UnsupportedOperationException();
        }

        public int getUpstreamBuild() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getShortDescription() {
            throw new UnsupportedOperationException();
        }
    }

    public static class UserIdCause extends Cause {
        public UserIdCause() {
            throw new UnsupportedOperationException();
        }

        public UserIdCause(@CheckForNull String userId) {
            throw new UnsupportedOperationException();
        }

        @CheckForNull
        public String getUserId() {
            throw new UnsupportedOperationException();
        }

        @NonNull
        public String getUserName() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getShortDescription() {
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
    }

    public static class RemoteCause extends Cause {
        public RemoteCause(String host, String note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getShortDescription() {
            throw new UnsupportedOperationException();
        }

        public String getAddr() {
            throw new UnsupportedOperationException();
        }

        public String getNote() {
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
    }
}
