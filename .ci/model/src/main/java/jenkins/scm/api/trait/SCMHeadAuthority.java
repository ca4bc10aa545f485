// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMHeadAuthority.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.AbstractDescribableImpl;
import java.io.IOException;
import java.util.List;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadOrigin;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.mixin.SCMHeadMixin;

public abstract class SCMHeadAuthority<S extends SCMSourceRequest, H extends SCMHeadMixin, R extends SCMRevision>
        extends AbstractDescribableImpl<SCMHeadAuthority<?, ?, ?>> {

    public final boolean isApplicableTo(@NonNull SCMHead head) {
        throw new UnsupportedOperationException();
    }

    public final boolean isApplicableTo(@NonNull SCMRevision revision) {
        throw new UnsupportedOperationException();
    }

    public final boolean isApplicableTo(@NonNull SCMSourceRequest request) {
        throw new UnsupportedOperationException();
    }

    public final boolean isTrusted(@NonNull SCMSourceRequest request, @NonNull SCMHead head)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public final boolean isTrusted(@NonNull SCMSourceRequest request, @CheckForNull SCMRevision revision)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    protected abstract boolean checkTrusted(@NonNull S request, @NonNull H head)
            throws IOException, InterruptedException;

    protected boolean checkTrusted(@NonNull S request, @NonNull R revision) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @Override
    public SCMHeadAuthorityDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }

    public static List<SCMHeadAuthorityDescriptor> _for(@CheckForNull Class<? extends SCMSourceRequest> requestClass,
            @CheckForNull Class<? extends SCMHeadMixin> headClass,
            @CheckForNull Class<? extends SCMRevision> revisionClass, Class<? extends SCMHeadOrigin>... origins) {
        throw new UnsupportedOperationException();
    }
}
