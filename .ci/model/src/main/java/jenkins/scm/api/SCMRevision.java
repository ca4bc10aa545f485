// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMRevision.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public abstract class SCMRevision implements Serializable {

    protected SCMRevision(@NonNull SCMHead head) {
        throw new UnsupportedOperationException();
    }

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }

    public boolean isDeterministic() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final SCMHead getHead() {
        throw new UnsupportedOperationException();
    }
}
