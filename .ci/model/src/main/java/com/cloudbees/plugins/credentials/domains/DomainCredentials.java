// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/domains/DomainCredentials.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials.domains;

import com.cloudbees.plugins.credentials.Credentials;
import java.util.List;
import org.kohsuke.stapler.DataBoundConstructor;

public class DomainCredentials {
    @DataBoundConstructor
    public DomainCredentials(Domain domain, List<Credentials> credentials) {
        throw new UnsupportedOperationException();
    }

    public Domain getDomain() {
        throw new UnsupportedOperationException();
    }

    public List<Credentials> getCredentials() {
        throw new UnsupportedOperationException();
    }
}
