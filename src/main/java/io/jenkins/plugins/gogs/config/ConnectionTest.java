package io.jenkins.plugins.gogs.config;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.ServerUrl;
import io.jenkins.plugins.gogs.credentials.GogsAccessToken;
import io.jenkins.plugins.gogs.servers.ConnectionCheck;
import io.jenkins.plugins.gogs.servers.TokenExchange;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The "Test connection" button: checks the URL and credential as typed in the form (not saved yet) with a one-off
 * client; what each outcome means is decided by {@link ConnectionCheck}.
 */
@Restricted(NoExternalUse.class)
final class ConnectionTest {

    private ConnectionTest() {}

    static FormValidation run(String serverUrl, String credentialsId) {
        String url;
        try {
            url = ServerUrl.normalize(serverUrl);
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
        String id = Util.fixEmptyAndTrim(credentialsId);
        StandardCredentials credentials = id == null ? null : CredentialChoices.find(id, url);
        if (id != null && credentials == null) {
            return FormValidation.error(Messages.ConnectionTest_NoCredential(id));
        }
        try {
            if (credentials == null) {
                try (GogsClient client = GogsClients.newBuilder(url).build()) {
                    return Forms.toValidation(ConnectionCheck.anonymous(client));
                }
            }
            if (credentials instanceof GogsAccessToken token) {
                return withToken(url, token.getToken().getPlainText(), token.getUsername());
            }
            if (credentials instanceof StringCredentials text) {
                return withToken(url, text.getSecret().getPlainText(), null);
            }
            if (credentials instanceof StandardUsernamePasswordCredentials login) {
                String password = login.getPassword().getPlainText();
                String exchanged = exchangedToken(url, login);
                if (exchanged != null) {
                    return withToken(url, exchanged, null);
                }
                if (TokenExchange.looksLikeToken(password)) {
                    // a credential made for git whose password is a token: the plugin uses it as one
                    FormValidation asToken = withToken(url, password, null);
                    if (asToken.kind != FormValidation.Kind.ERROR) {
                        return asToken;
                    }
                }
                try (GogsClient client = GogsClients.newBuilder(url)
                        .credentials(GogsCredentials.password(login.getUsername(), password))
                        .build()) {
                    return Forms.toValidation(ConnectionCheck.withPassword(client, login.getUsername()));
                }
            }
            return FormValidation.error(Messages.GogsClients_NotALogin(id));
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** @param username the user a Gogs access token credential names, checked against the token's; or null */
    private static FormValidation withToken(String url, String token, String username) {
        try (GogsClient client = GogsClients.newBuilder(url)
                .credentials(GogsCredentials.token(token))
                .build()) {
            return Forms.toValidation(
                    username == null
                            ? ConnectionCheck.withToken(client)
                            : ConnectionCheck.withTokenOf(client, username));
        }
    }

    /** The token already exchanged for this credential's current value, if any (none is minted here). */
    private static String exchangedToken(String url, StandardUsernamePasswordCredentials login) {
        return ExchangedTokenStore.get()
                .tokens()
                .find(
                        url,
                        login.getId(),
                        login.getUsername(),
                        login.getPassword().getPlainText());
    }
}
