// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMHeadAuthorityDescriptor.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadOrigin;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.mixin.SCMHeadMixin;

public abstract class SCMHeadAuthorityDescriptor extends Descriptor<SCMHeadAuthority<?, ?, ?>> {

    protected SCMHeadAuthorityDescriptor(Class<? extends SCMHeadAuthority<?, ?, ?>> clazz,
            Class<? extends SCMSourceRequest> requestClass, Class<? extends SCMHeadMixin> headClass,
            Class<? extends SCMRevision> revisionClass) {
        throw new UnsupportedOperationException();
    }

    protected SCMHeadAuthorityDescriptor() {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToHead(@NonNull SCMHead head) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToHead(@NonNull Class<? extends SCMHeadMixin> headClass) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToRevision(@NonNull SCMRevision revision) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToRevision(@NonNull Class<? extends SCMRevision> revisionClass) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToRequest(@NonNull SCMSourceRequest request) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToRequest(@NonNull Class<? extends SCMSourceRequest> requestClass) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToOrigin(@NonNull SCMHeadOrigin origin) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToOrigin(@NonNull Class<? extends SCMHeadOrigin> originClass) {
        throw new UnsupportedOperationException();
    }
}
