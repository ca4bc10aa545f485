// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/domains/DomainSpecification.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import java.io.Serializable;

public abstract class DomainSpecification extends AbstractDescribableImpl<DomainSpecification> implements ExtensionPoint, Serializable {
    @NonNull
    public abstract Result test(@NonNull DomainRequirement scope);

    public enum Result {
        UNKNOWN,
        NEGATIVE,
        PARTIAL,
        POSITIVE;

        public boolean isDefinitive() {
            throw new UnsupportedOperationException();
        }

        public boolean isMatch() {
            throw new UnsupportedOperationException();
        }
    }
}
