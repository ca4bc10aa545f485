// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/domains/SchemeRequirement.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public class SchemeRequirement extends DomainRequirement {
    public SchemeRequirement(@CheckForNull String scheme) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getScheme() {
        throw new UnsupportedOperationException();
    }
}
