// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMBuilder.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.scm.SCM;
import java.util.Collection;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;

public abstract class SCMBuilder<B extends SCMBuilder<B, S>, S extends SCM> {

    public SCMBuilder(Class<S> clazz, @NonNull SCMHead head, @CheckForNull SCMRevision revision) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final SCMHead head() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final SCMRevision revision() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final Class<S> scmClass() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withHead(@NonNull SCMHead head) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withRevision(@CheckForNull SCMRevision revision) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withTrait(@NonNull SCMSourceTrait trait) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withTraits(@NonNull SCMSourceTrait... traits) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withTraits(@NonNull Collection<SCMSourceTrait> traits) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract S build();
}
