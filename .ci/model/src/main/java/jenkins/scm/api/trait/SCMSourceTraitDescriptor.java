// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMSourceTraitDescriptor.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceDescriptor;

public abstract class SCMSourceTraitDescriptor extends SCMTraitDescriptor<SCMSourceTrait> {

    protected SCMSourceTraitDescriptor(@NonNull Class<? extends SCMSourceTrait> clazz) {
        throw new UnsupportedOperationException();
    }

    protected SCMSourceTraitDescriptor() {
        throw new UnsupportedOperationException();
    }

    public Class<? extends SCMBuilder> getBuilderClass() {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToBuilder(@NonNull Class<? extends SCMBuilder> builderClass) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToBuilder(@NonNull SCMBuilder<?, ?> builder) {
        throw new UnsupportedOperationException();
    }

    public Class<? extends SCMSourceContext> getContextClass() {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToContext(@NonNull Class<? extends SCMSourceContext> contextClass) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToContext(@NonNull SCMSourceContext context) {
        throw new UnsupportedOperationException();
    }

    public Class<? extends SCMSource> getSourceClass() {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableTo(@NonNull Class<? extends SCMSource> sourceClass) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableTo(@NonNull SCMSourceDescriptor descriptor) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableTo(@NonNull SCMSource source) {
        throw new UnsupportedOperationException();
    }
}
