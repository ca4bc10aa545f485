// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/domains/URIRequirementBuilder.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

public class URIRequirementBuilder {
    private URIRequirementBuilder(@NonNull List<DomainRequirement> requirements) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static URIRequirementBuilder create() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static URIRequirementBuilder fromUri(@CheckForNull String uri) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public URIRequirementBuilder duplicate() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public URIRequirementBuilder withUri(@CheckForNull String uri) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public URIRequirementBuilder withoutScheme() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public URIRequirementBuilder withoutPath() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public URIRequirementBuilder withoutHostname() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public URIRequirementBuilder withoutHostnamePort() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public URIRequirementBuilder withScheme(@CheckForNull String scheme) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public URIRequirementBuilder withPath(@CheckForNull String path) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public URIRequirementBuilder withHostname(@CheckForNull String hostname) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public URIRequirementBuilder withHostnamePort(@CheckForNull String hostname, int port) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public List<DomainRequirement> build() {
        throw new UnsupportedOperationException();
    }
}
