// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/SystemCredentialsProvider.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.domains.Domain;
import com.cloudbees.plugins.credentials.domains.DomainCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.XmlFile;
import hudson.model.AbstractDescribableImpl;
import hudson.model.ModelObject;
import hudson.model.Saveable;
import hudson.security.ACL;
import hudson.security.Permission;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;

@Extension
public class SystemCredentialsProvider extends AbstractDescribableImpl<SystemCredentialsProvider> implements Saveable {
    public SystemCredentialsProvider() {
        throw new UnsupportedOperationException();
    }

    public static XmlFile getConfigFile() {
        throw new UnsupportedOperationException();
    }

    public static SystemCredentialsProvider getInstance() {
        throw new UnsupportedOperationException();
    }

    public List<Credentials> getCredentials() {
        throw new UnsupportedOperationException();
    }

    public List<DomainCredentials> getDomainCredentials() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public synchronized Map<Domain, List<Credentials>> getDomainCredentialsMap() {
        throw new UnsupportedOperationException();
    }

    public synchronized void setDomainCredentialsMap(Map<Domain, List<Credentials>> domainCredentialsMap) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException();
    }

    public static class StoreImpl extends CredentialsStore {
        public StoreImpl() {
            throw new UnsupportedOperationException();
        }

        @NonNull
        @Override
        public ModelObject getContext() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
            throw new UnsupportedOperationException();
        }

        @NonNull
        @Override
        public ACL getACL() {
            throw new UnsupportedOperationException();
        }

        @NonNull
        @Override
        public List<Domain> getDomains() {
            throw new UnsupportedOperationException();
        }

        @NonNull
        @Override
        public List<Credentials> getCredentials(@NonNull Domain domain) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addDomain(@NonNull Domain domain, List<Credentials> credentials) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeDomain(@NonNull Domain domain) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean updateDomain(@NonNull Domain current, @NonNull Domain replacement) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addCredentials(@NonNull Domain domain, @NonNull Credentials credentials) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeCredentials(@NonNull Domain domain, @NonNull Credentials credentials) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean updateCredentials(@NonNull Domain domain, @NonNull Credentials current, @NonNull Credentials replacement) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public void save() throws IOException {
            throw new UnsupportedOperationException();
        }
    }
}
