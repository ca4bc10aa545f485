// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMNavigatorTrait.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;
import jenkins.scm.api.SCMHeadCategory;
import jenkins.scm.api.SCMNavigatorDescriptor;
import jenkins.scm.api.SCMSourceObserver;

public abstract class SCMNavigatorTrait extends SCMTrait<SCMNavigatorTrait> {

    public final void applyToContext(SCMNavigatorContext<?, ?> context) {
        throw new UnsupportedOperationException();
    }

    protected void decorateContext(SCMNavigatorContext<?, ?> context) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final SCMSourceObserver applyToObserver(@NonNull SCMSourceObserver observer) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected SCMSourceObserver decorateObserver(@NonNull SCMSourceObserver observer) {
        throw new UnsupportedOperationException();
    }

    public final void applyToBuilder(SCMSourceBuilder<?, ?> builder) {
        throw new UnsupportedOperationException();
    }

    protected void decorateBuilder(SCMSourceBuilder<?, ?> builder) {
        throw new UnsupportedOperationException();
    }

    public final boolean isCategoryEnabled(@NonNull SCMHeadCategory category) {
        throw new UnsupportedOperationException();
    }

    protected boolean includeCategory(@NonNull SCMHeadCategory category) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SCMNavigatorTraitDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }

    public static List<SCMNavigatorTraitDescriptor> _for(
            @CheckForNull Class<? extends SCMNavigatorContext> contextClass,
            @CheckForNull Class<? extends SCMSourceBuilder> builderClass) {
        throw new UnsupportedOperationException();
    }

    public static List<SCMNavigatorTraitDescriptor> _for(@CheckForNull SCMNavigatorDescriptor scmNavigator,
            @CheckForNull Class<? extends SCMNavigatorContext> contextClass,
            @CheckForNull Class<? extends SCMSourceBuilder> builderClass) {
        throw new UnsupportedOperationException();
    }
}
