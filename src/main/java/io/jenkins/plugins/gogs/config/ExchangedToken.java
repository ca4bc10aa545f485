package io.jenkins.plugins.gogs.config;

import hudson.util.Secret;
import io.jenkins.plugins.gogs.servers.ClientFingerprint;

/**
 * A Gogs access token the plugin minted for a username/password credential, kept with the server entry (encrypted,
 * as every {@link Secret}) so that a restart does not mint another one. It belongs to one credential id and is used
 * only while that credential still has the username and password it was minted from.
 */
final class ExchangedToken {

    private final String credentialsId;
    private final String tokenName;
    private final Secret token;
    /** {@link ClientFingerprint#ofPassword} of the credential when the token was minted; encrypted like the token. */
    private final Secret source;

    ExchangedToken(String credentialsId, String tokenName, String token, String sourceFingerprint) {
        this.credentialsId = credentialsId;
        this.tokenName = tokenName;
        this.token = Secret.fromString(token);
        this.source = Secret.fromString(sourceFingerprint);
    }

    String credentialsId() {
        return credentialsId;
    }

    String tokenName() {
        return tokenName;
    }

    boolean isFor(String credentialsId, String sourceFingerprint) {
        return this.credentialsId.equals(credentialsId)
                && ClientFingerprint.matches(source.getPlainText(), sourceFingerprint);
    }

    String token() {
        return token.getPlainText();
    }

    @Override
    public String toString() {
        return "token '" + tokenName + "' exchanged for credential " + credentialsId;
    }
}
