// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/mixin/ChangeRequestSCMRevision.java @ 24df4bb455f2
package jenkins.scm.api.mixin;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;

public abstract class ChangeRequestSCMRevision<H extends SCMHead & ChangeRequestSCMHead> extends SCMRevision {

    protected ChangeRequestSCMRevision(@NonNull H head, @NonNull SCMRevision target) {
        super(head);
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final SCMRevision getTarget() {
        throw new UnsupportedOperationException();
    }

    public final boolean isMerge() {
        throw new UnsupportedOperationException();
    }

    public abstract boolean equivalent(ChangeRequestSCMRevision<?> revision);

    protected abstract int _hashCode();

    @Override
    public final boolean equals(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final int hashCode() {
        throw new UnsupportedOperationException();
    }
}
