// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/domains/Domain.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.util.List;
import org.kohsuke.stapler.DataBoundConstructor;

public class Domain implements Serializable {
    @DataBoundConstructor
    public Domain(String name, String description, List<DomainSpecification> specifications) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static Domain global() {
        throw new UnsupportedOperationException();
    }

    public Domain resolve() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getDescription() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public List<DomainSpecification> getSpecifications() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getName() {
        throw new UnsupportedOperationException();
    }

    public String getUrl() {
        throw new UnsupportedOperationException();
    }

    public boolean isGlobal() {
        throw new UnsupportedOperationException();
    }

    public boolean test(DomainRequirement... requirements) {
        throw new UnsupportedOperationException();
    }

    public boolean test(@NonNull List<DomainRequirement> requirements) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object o) {
        throw new UnsupportedOperationException();
    }
}
