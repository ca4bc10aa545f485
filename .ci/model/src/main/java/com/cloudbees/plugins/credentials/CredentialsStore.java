// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/CredentialsStore.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.ModelObject;
import hudson.model.Saveable;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;

public abstract class CredentialsStore implements AccessControlled, Saveable {
    public CredentialsStore(Class<? extends CredentialsProvider> providerClass) {
        throw new UnsupportedOperationException();
    }

    public CredentialsStore() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final CredentialsProvider getProviderOrDie() {
        throw new UnsupportedOperationException();
    }

    @Nullable
    public final CredentialsProvider getProvider() {
        throw new UnsupportedOperationException();
    }

    @Nullable
    public final Set<CredentialsScope> getScopes() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract ModelObject getContext();

    @Override
    public boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException();
    }

    @Override
    public final void checkPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final boolean hasPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public List<Domain> getDomains() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public Domain getDomainByName(@CheckForNull String name) {
        throw new UnsupportedOperationException();
    }

    public final boolean isDomainsModifiable() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract List<Credentials> getCredentials(@NonNull Domain domain);

    public final boolean addDomain(@NonNull Domain domain, Credentials... credentials) throws IOException {
        throw new UnsupportedOperationException();
    }

    public boolean addDomain(@NonNull Domain domain, List<Credentials> credentials) throws IOException {
        throw new UnsupportedOperationException();
    }

    public boolean removeDomain(@NonNull Domain domain) throws IOException {
        throw new UnsupportedOperationException();
    }

    public boolean updateDomain(@NonNull Domain current, @NonNull Domain replacement) throws IOException {
        throw new UnsupportedOperationException();
    }

    public abstract boolean addCredentials(@NonNull Domain domain, @NonNull Credentials credentials) throws IOException;

    public abstract boolean removeCredentials(@NonNull Domain domain, @NonNull Credentials credentials) throws IOException;

    public abstract boolean updateCredentials(@NonNull Domain domain, @NonNull Credentials current, @NonNull Credentials replacement) throws IOException;

    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException();
    }
}
