package io.jenkins.plugins.gogs.config;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.PluginWrapper;
import hudson.ProxyConfiguration;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsClientBuilder;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.ProxySettings;
import io.jenkins.plugins.gogs.servers.ClientCache;
import io.jenkins.plugins.gogs.servers.ClientFingerprint;
import io.jenkins.plugins.gogs.servers.ExchangedTokens;
import io.jenkins.plugins.gogs.servers.MintedToken;
import io.jenkins.plugins.gogs.servers.ProxyFields;
import io.jenkins.plugins.gogs.servers.TokenExchange;
import io.jenkins.plugins.gogs.servers.TokenExchangeException;
import io.jenkins.plugins.gogs.servers.TokenNaming;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.util.SystemProperties;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * THE way Jenkins code gets a {@link GogsClient}: one shared client per server, credential and what the client is
 * built from (the token, the proxy: see {@link ClientFingerprint}), with the Jenkins proxy, the plugin's timeouts and
 * a User-Agent naming the plugin and its version. A rotated token or another proxy gives a new client; a client
 * unused for an hour is closed after a grace period, so work still using it can finish (see {@link ClientCache}).
 * Do not close the clients you get here.
 *
 * <p>Credentials: a Gogs access token or a secret text ({@link StringCredentials}) is the token; none means
 * anonymous; a username/password credential is exchanged once for a token (see {@link TokenExchange}), which
 * {@link ExchangedTokenStore} keeps for that credential's value (server, id, username, password), so that two
 * credentials sharing an id in two folders get one token each, minted once.
 *
 * @see GogsCredentialLookup for finding the credential of a run, an item or Jenkins itself
 */
@Restricted(NoExternalUse.class)
public final class GogsClients {

    private static final Logger LOGGER = Logger.getLogger(GogsClients.class.getName());
    private static final String PROPERTY = GogsClients.class.getName();
    private static final String SLOT_SEPARATOR = "\n";
    private static final String ANONYMOUS = "(anonymous)";
    /** How long a retired client stays open for work still using it (a scan, a step). */
    private static final long GRACE_MILLIS = TimeUnit.MINUTES.toMillis(10);

    private static final ClientCache CACHE = new ClientCache(GRACE_MILLIS);
    private static volatile String userAgent;

    private GogsClients() {}

    /**
     * The shared client for this server and credential.
     *
     * @param credentials a Gogs access token or secret text (the token), a username/password (exchanged once for a
     *                    token), or null (anonymous)
     * @throws IllegalArgumentException when the credential is of another kind, or its token is malformed
     * @throws TokenExchangeException   when a username/password credential could not be exchanged for a token
     *                                  (a {@link io.jenkins.plugins.gogs.client.GogsException})
     */
    @NonNull
    public static GogsClient forServer(@NonNull GogsServer server, @CheckForNull StandardCredentials credentials) {
        String url = server.getServerUrl();
        ProxySettings proxy = jenkinsProxy();
        String credentialsId = credentials == null ? ANONYMOUS : credentials.getId();
        GogsCredentials gogsCredentials;
        String fingerprint;
        if (credentials == null) {
            gogsCredentials = GogsCredentials.anonymous();
            fingerprint = ClientFingerprint.of(url, "anonymous", null, proxy);
        } else {
            String token = tokenOf(server, credentials);
            try {
                gogsCredentials = GogsCredentials.token(token);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        Messages.GogsClients_NoUsableToken(credentialsId, e.getMessage()), e);
            }
            fingerprint = ClientFingerprint.of(url, "token", token, proxy);
        }
        return CACHE.get(
                url + SLOT_SEPARATOR + credentialsId,
                fingerprint,
                () -> newBuilder(url, proxy).credentials(gogsCredentials).build());
    }

    /** The shared client with the server's own credential, looked up in Jenkins' global and system credentials. */
    @NonNull
    public static GogsClient forJenkins(@NonNull GogsServer server) {
        return forServer(
                server,
                configured(server, GogsCredentialLookup.inJenkins(server.getCredentialsId(), server.getServerUrl())));
    }

    /**
     * A builder with the same proxy, timeouts and User-Agent as the shared clients, for a one-off client the caller
     * closes: checks of values not saved yet (the configuration form).
     */
    @NonNull
    public static GogsClientBuilder newBuilder(@NonNull String serverUrl) {
        return newBuilder(serverUrl, jenkinsProxy());
    }

    /** Forgets (and, after the grace period, closes) every shared client of the server. */
    static void evict(String serverUrl) {
        CACHE.evict(serverUrl + SLOT_SEPARATOR);
    }

    /**
     * The token to use for a credential: a Gogs access token or a secret text is one (tested first: a Gogs access
     * token is a username with password too, whose password is never exchanged); a username/password is exchanged
     * for one, once.
     */
    static String tokenOf(GogsServer server, StandardCredentials credentials) {
        if (credentials instanceof StringCredentials text) {
            return text.getSecret().getPlainText();
        }
        if (credentials instanceof StandardUsernamePasswordCredentials login) {
            return exchangedToken(server, login);
        }
        throw new IllegalArgumentException(Messages.GogsClients_NotALogin(credentials.getId()));
    }

    /**
     * The token for this username/password credential: the one minted for its current value (see
     * {@link ExchangedTokenStore}), else one minted now; or its password, when that is a Gogs access token already (a
     * credential made for git). Concurrent first uses of the same credential mint once.
     */
    private static String exchangedToken(GogsServer server, StandardUsernamePasswordCredentials login) {
        String url = server.getServerUrl();
        String password = login.getPassword().getPlainText();
        return ExchangedTokenStore.get().tokens().tokenFor(url, login.getId(), login.getUsername(), password, () -> {
            TokenExchange exchange =
                    new TokenExchange(c -> newBuilder(url).credentials(c).build());
            if (exchange.isAccessToken(password)) {
                return ExchangedTokens.Minted.passwordIsToken(password);
            }
            MintedToken minted = exchange.mint(
                    login.getUsername(),
                    password,
                    TokenNaming.tokenName(Jenkins.get().getRootUrl()));
            LOGGER.info(() -> "Exchanged the password of credential " + login.getId()
                    + " for the Gogs access token '" + minted.name() + "' of " + minted.username() + " at "
                    + url);
            return new ExchangedTokens.Minted(minted.name(), minted.token());
        });
    }

    private static StandardCredentials configured(GogsServer server, @CheckForNull StandardCredentials found) {
        if (server.getCredentialsId() != null && found == null) {
            throw new IllegalArgumentException(
                    Messages.GogsClients_CredentialNotFound(server.getCredentialsId(), server.getName()));
        }
        return found;
    }

    private static GogsClientBuilder newBuilder(String serverUrl, ProxySettings proxy) {
        return GogsClient.builder(serverUrl)
                .proxy(proxy)
                .connectTimeout(
                        Duration.ofSeconds(SystemProperties.getInteger(PROPERTY + ".connectTimeoutSeconds", 10)))
                .readTimeout(Duration.ofSeconds(SystemProperties.getInteger(PROPERTY + ".readTimeoutSeconds", 30)))
                .userAgent(userAgent());
    }

    /** The Jenkins proxy (Manage Jenkins » Plugins » Advanced settings), or null for direct connections. */
    @CheckForNull
    private static ProxySettings jenkinsProxy() {
        ProxyConfiguration proxy = Jenkins.get().getProxy();
        if (proxy == null) {
            return null;
        }
        return ProxyFields.toSettings(
                proxy.getName(),
                proxy.getPort(),
                proxy.getUserName(),
                proxy.getSecretPassword() == null
                        ? null
                        : proxy.getSecretPassword().getPlainText(),
                proxy.getNoProxyHost());
    }

    private static String userAgent() {
        String value = userAgent;
        if (value == null) {
            PluginWrapper plugin = Jenkins.get().getPluginManager().whichPlugin(GogsClients.class);
            value = "Jenkins-Gogs-Plugin/" + (plugin == null ? "dev" : plugin.getVersion());
            userAgent = value;
        }
        return value;
    }
}
