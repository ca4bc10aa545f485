// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMSourceCriteria.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.Serializable;

public interface SCMSourceCriteria extends Serializable {

    boolean isHead(@NonNull Probe probe, @NonNull TaskListener listener) throws IOException;

    abstract class Probe implements Serializable {

        public abstract String name();

        public abstract long lastModified();

        @Deprecated
        public abstract boolean exists(@NonNull String path) throws IOException;

        public SCMProbeStat stat(@NonNull String path) throws IOException {
            throw new UnsupportedOperationException();
        }

        @CheckForNull
        public SCMFile getRoot() {
            throw new UnsupportedOperationException();
        }
    }
}
