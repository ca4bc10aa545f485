// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/domains/HostnameRequirement.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public class HostnameRequirement extends DomainRequirement {
    public HostnameRequirement(@CheckForNull String hostname) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getHostname() {
        throw new UnsupportedOperationException();
    }
}
