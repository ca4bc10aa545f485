package io.jenkins.plugins.gogs.config;

import hudson.util.Secret;
import io.jenkins.plugins.gogs.servers.ClientFingerprint;
import io.jenkins.plugins.gogs.servers.ExchangedTokens;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * How a token minted for a username/password credential is written to disk: the token and the fingerprint of the
 * credential value it was minted for are encrypted (as every {@link Secret}); the rest names what it belongs to.
 *
 * <p>Versions before the tokens got a file of their own kept these with the server entry (in
 * {@code GogsServer.exchangedTokens}), without {@code serverUrl} and {@code username}; such entries are read once and
 * moved to {@link ExchangedTokenStore}.
 */
@Restricted(NoExternalUse.class)
final class ExchangedToken {

    private final String serverUrl;
    private final String credentialsId;
    private final String username;
    private final String tokenName;
    private final Secret token;
    /** {@link ClientFingerprint#ofPassword} of the credential when the token was minted. */
    private final Secret source;

    private ExchangedToken(
            String serverUrl, String credentialsId, String username, String tokenName, Secret token, Secret source) {
        this.serverUrl = serverUrl;
        this.credentialsId = credentialsId;
        this.username = username;
        this.tokenName = tokenName;
        this.token = token;
        this.source = source;
    }

    static ExchangedToken of(ExchangedTokens.Entry entry) {
        return new ExchangedToken(
                entry.serverUrl(),
                entry.credentialsId(),
                entry.username(),
                entry.tokenName(),
                Secret.fromString(entry.token()),
                Secret.fromString(entry.source()));
    }

    /**
     * The entry this stands for, or null when it is incomplete (a damaged file).
     *
     * @param legacyServerUrl the server of an entry written by an older version, which did not record it
     */
    ExchangedTokens.Entry toEntry(String legacyServerUrl) {
        String server = serverUrl != null ? serverUrl : legacyServerUrl;
        if (server == null || credentialsId == null || tokenName == null || token == null || source == null) {
            return null;
        }
        return new ExchangedTokens.Entry(
                server, credentialsId, username, source.getPlainText(), tokenName, token.getPlainText());
    }

    @Override
    public String toString() {
        return "token '" + tokenName + "' exchanged for credential " + credentialsId;
    }
}
