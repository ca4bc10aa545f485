// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/impl/UsernamePasswordCredentialsImpl.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.Secret;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.interceptor.RequirePOST;

public class UsernamePasswordCredentialsImpl extends BaseStandardCredentials implements StandardUsernamePasswordCredentials {
    @DataBoundConstructor
    public UsernamePasswordCredentialsImpl(@CheckForNull CredentialsScope scope, @CheckForNull String id, @CheckForNull String description, @CheckForNull String username, @CheckForNull String password) throws Descriptor.FormException {
        super(scope, id, description);
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public Secret getPassword() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public String getUsername() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUsernameSecret() {
        throw new UnsupportedOperationException();
    }

    @DataBoundSetter
    public void setUsernameSecret(boolean usernameSecret) {
        throw new UnsupportedOperationException();
    }

    @Extension(ordinal = 1)
    @Symbol("usernamePassword")
    public static class DescriptorImpl extends BaseStandardCredentialsDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getDescription() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getIconClassName() {
            throw new UnsupportedOperationException();
        }

        @RequirePOST
        public FormValidation doCheckPassword(@QueryParameter String password) {
            throw new UnsupportedOperationException();
        }

        @RequirePOST
        public FormValidation doCheckUsername(@QueryParameter String value, @QueryParameter boolean usernameSecret) {
            throw new UnsupportedOperationException();
        }
    }
}
