// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMSourceTrait.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;
import jenkins.scm.api.SCMHeadCategory;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMSourceDescriptor;

public abstract class SCMSourceTrait extends SCMTrait<SCMSourceTrait> {

    public final void applyToContext(SCMSourceContext<?, ?> context) {
        throw new UnsupportedOperationException();
    }

    protected void decorateContext(SCMSourceContext<?, ?> context) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final SCMHeadObserver applyToObserver(@NonNull SCMHeadObserver observer) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected SCMHeadObserver decorateObserver(@NonNull SCMHeadObserver observer) {
        throw new UnsupportedOperationException();
    }

    public final void applyToBuilder(SCMBuilder<?, ?> builder) {
        throw new UnsupportedOperationException();
    }

    protected void decorateBuilder(SCMBuilder<?, ?> builder) {
        throw new UnsupportedOperationException();
    }

    public final boolean isCategoryEnabled(@NonNull SCMHeadCategory category) {
        throw new UnsupportedOperationException();
    }

    protected boolean includeCategory(@NonNull SCMHeadCategory category) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SCMSourceTraitDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }

    public static List<SCMSourceTraitDescriptor> _for(@CheckForNull Class<? extends SCMSourceContext> contextClass,
            @CheckForNull Class<? extends SCMBuilder> builderClass) {
        throw new UnsupportedOperationException();
    }

    public static List<SCMSourceTraitDescriptor> _for(@CheckForNull SCMSourceDescriptor scmSource,
            @CheckForNull Class<? extends SCMSourceContext> contextClass,
            @CheckForNull Class<? extends SCMBuilder> builderClass) {
        throw new UnsupportedOperationException();
    }
}
