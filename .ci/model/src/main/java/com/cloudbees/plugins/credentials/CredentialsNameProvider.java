// Source: jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/CredentialsNameProvider.java @ d96751bcc06de7da229c321370456ea1cf7ca4ac
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class CredentialsNameProvider<C extends Credentials> {
    @NonNull
    public static String name(@NonNull Credentials credentials) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract String getName(@NonNull C credentials);
}
