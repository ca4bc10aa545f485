// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMSourceBuilder.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;
import java.util.List;
import jenkins.scm.api.SCMSource;

public abstract class SCMSourceBuilder<B extends SCMSourceBuilder<B, S>, S extends SCMSource> {

    public SCMSourceBuilder(@NonNull Class<S> clazz, @NonNull String projectName) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final Class<S> sourceClass() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final String projectName() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMSourceTrait> traits() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withTrait(@NonNull SCMNavigatorTrait trait) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withTrait(@NonNull SCMSourceTrait trait) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withTraits(@NonNull SCMTrait<? extends SCMTrait<?>>... traits) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public B withTraits(@NonNull Collection<? extends SCMTrait<?>> traits) {
        throw new UnsupportedOperationException();
    }

    public B withRequest(@NonNull SCMNavigatorRequest request) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract S build();
}
