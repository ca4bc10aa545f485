// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/BaseCredentials.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public class BaseCredentials implements Credentials {
    protected BaseCredentials() {
        throw new UnsupportedOperationException();
    }

    public BaseCredentials(@CheckForNull CredentialsScope scope) {
        throw new UnsupportedOperationException();
    }

    @Override
    @CheckForNull
    public CredentialsScope getScope() {
        throw new UnsupportedOperationException();
    }

    @Override
    @NonNull
    public CredentialsDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }
}
