// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/common/IdCredentials.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public interface IdCredentials extends Credentials {
    @NonNull
    String getId();

    final class Helpers {
        public static boolean equals(IdCredentials self, Object o) {
            throw new UnsupportedOperationException();
        }

        public static int hashCode(IdCredentials self) {
            throw new UnsupportedOperationException();
        }

        @NonNull
        public static String fixEmptyId(@CheckForNull String id) {
            throw new UnsupportedOperationException();
        }
    }
}
