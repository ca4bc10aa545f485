// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMNavigatorContext.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;
import java.util.List;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMSourceObserver;

public abstract class SCMNavigatorContext<C extends SCMNavigatorContext<C, R>, R extends SCMNavigatorRequest> {

    public SCMNavigatorContext() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMSourceDecorator<?, ?>> decorators() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMSourceFilter> filters() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMSourcePrefilter> prefilters() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMSourceTrait> traits() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withFilter(@CheckForNull SCMSourceFilter filter) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withPrefilter(@CheckForNull SCMSourcePrefilter prefilter) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withTrait(@NonNull SCMNavigatorTrait trait) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withTrait(@NonNull SCMSourceTrait trait) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withTraits(@NonNull SCMTrait<? extends SCMTrait<?>>... traits) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withTraits(@NonNull Collection<? extends SCMTrait<?>> traits) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withDecorator(@NonNull SCMSourceDecorator<?, ?> decorator) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withDecorators(@NonNull SCMSourceDecorator<?, ?>... decorators) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withDecorators(@NonNull Collection<? extends SCMSourceDecorator<?, ?>> decorators) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract R newRequest(@NonNull SCMNavigator navigator, @NonNull SCMSourceObserver observer);
}
