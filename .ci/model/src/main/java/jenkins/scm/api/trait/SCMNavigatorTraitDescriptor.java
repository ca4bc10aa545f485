// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMNavigatorTraitDescriptor.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMNavigatorDescriptor;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceDescriptor;

public abstract class SCMNavigatorTraitDescriptor extends SCMTraitDescriptor<SCMNavigatorTrait> {

    protected SCMNavigatorTraitDescriptor(@NonNull Class<? extends SCMNavigatorTrait> clazz) {
        throw new UnsupportedOperationException();
    }

    protected SCMNavigatorTraitDescriptor() {
        throw new UnsupportedOperationException();
    }

    public Class<? extends SCMSourceBuilder> getBuilderClass() {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToBuilder(@NonNull Class<? extends SCMSourceBuilder> builderClass) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToBuilder(@NonNull SCMSourceBuilder<?, ?> builder) {
        throw new UnsupportedOperationException();
    }

    public Class<? extends SCMNavigatorContext> getContextClass() {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToContext(@NonNull Class<? extends SCMNavigatorContext> contextClass) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToContext(@NonNull SCMNavigatorContext context) {
        throw new UnsupportedOperationException();
    }

    public Class<? extends SCMSource> getSourceClass() {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToSource(@NonNull Class<? extends SCMSource> sourceClass) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToSource(@NonNull SCMSourceDescriptor descriptor) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToSource(@NonNull SCMSource source) {
        throw new UnsupportedOperationException();
    }

    public Class<? extends SCMNavigator> getNavigatorClass() {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableTo(@NonNull Class<? extends SCMNavigator> navigatorClass) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableTo(@NonNull SCMNavigatorDescriptor descriptor) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableTo(@NonNull SCMNavigator navigator) {
        throw new UnsupportedOperationException();
    }
}
