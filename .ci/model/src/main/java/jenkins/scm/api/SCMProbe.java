// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMProbe.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Closeable;
import java.io.IOException;

public abstract class SCMProbe extends SCMSourceCriteria.Probe implements Closeable {

    @Deprecated
    @Override
    public final boolean exists(@NonNull String path) throws IOException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public abstract SCMProbeStat stat(@NonNull String path) throws IOException;
}
