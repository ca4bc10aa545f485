// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/CredentialsScope.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials;

import hudson.model.ModelObject;
import java.io.Serializable;

public enum CredentialsScope implements Serializable {
    SYSTEM {
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException();
        }
    },
    GLOBAL {
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException();
        }
    },
    USER {
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException();
        }
    };

    public abstract String getDisplayName();

    public abstract boolean isVisible(ModelObject context);
}
