// Source: jenkinsci/plain-credentials-plugin src/main/java/org/jenkinsci/plugins/plaincredentials/impl/StringCredentialsImpl.java @ 19caf8fbf4ad1f08cb78ebf24ca61b71e0706a7f
package org.jenkinsci.plugins.plaincredentials.impl;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.DataBoundConstructor;

public final class StringCredentialsImpl extends BaseStandardCredentials implements StringCredentials {
    @DataBoundConstructor
    public StringCredentialsImpl(@CheckForNull CredentialsScope scope, @CheckForNull String id, @CheckForNull String description, @NonNull Secret secret) {
        super(scope, id, description);
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public Secret getSecret() {
        throw new UnsupportedOperationException();
    }

    @Extension
    public static class DescriptorImpl extends BaseStandardCredentialsDescriptor {
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getIconClassName() {
            throw new UnsupportedOperationException();
        }
    }
}
