// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMHeadOrigin.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public abstract class SCMHeadOrigin implements Serializable {

    public static final SCMHeadOrigin.Default DEFAULT = null;

    @Override
    public abstract boolean equals(Object o);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();

    public static final class Default extends SCMHeadOrigin {

        private Default() {
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

        @Override
        public String toString() {
            throw new UnsupportedOperationException();
        }
    }

    public static class Fork extends SCMHeadOrigin {

        public Fork(@NonNull String name) {
            throw new UnsupportedOperationException();
        }

        @NonNull
        public String getName() {
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

        @Override
        public String toString() {
            throw new UnsupportedOperationException();
        }
    }
}
