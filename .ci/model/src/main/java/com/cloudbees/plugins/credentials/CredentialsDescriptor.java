// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/CredentialsDescriptor.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials;

import hudson.model.Descriptor;
import org.jenkins.ui.icon.IconSpec;

public abstract class CredentialsDescriptor extends Descriptor<Credentials> implements IconSpec {
    protected CredentialsDescriptor(Class<? extends Credentials> clazz) {
        throw new UnsupportedOperationException();
    }

    protected CredentialsDescriptor() {
        throw new UnsupportedOperationException();
    }

    public String getCredentialsPage() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getIconClassName() {
        throw new UnsupportedOperationException();
    }

    public boolean isApplicable(CredentialsProvider provider) {
        throw new UnsupportedOperationException();
    }

    public String getDescription() {
        throw new UnsupportedOperationException();
    }
}
