// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMTraitDescriptor.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import hudson.scm.SCM;
import hudson.scm.SCMDescriptor;

public abstract class SCMTraitDescriptor<T extends SCMTrait<T>> extends Descriptor<T> {

    SCMTraitDescriptor(@NonNull Class<? extends T> clazz) {
        throw new UnsupportedOperationException();
    }

    SCMTraitDescriptor() {
        throw new UnsupportedOperationException();
    }

    public Class<? extends SCM> getScmClass() {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToSCM(@NonNull Class<? extends SCM> scmClass) {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicableToSCM(@NonNull SCMDescriptor<?> scm) {
        throw new UnsupportedOperationException();
    }
}
