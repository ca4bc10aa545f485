package io.jenkins.plugins.gogs.servers;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.InvalidRequestException;
import io.jenkins.plugins.gogs.client.UnauthenticatedException;
import io.jenkins.plugins.gogs.client.model.AccessToken;
import io.jenkins.plugins.gogs.client.model.User;
import io.jenkins.plugins.gogs.servers.ConnectionCheck.CredentialKind;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The one-time exchange of a Gogs username and password for an access token. The password is sent once, with HTTP
 * Basic (the only way Gogs mints tokens; Gogs 0.14 asks no second factor on its API), and kept nowhere: not in the
 * result, not in an exception message, not in a log.
 *
 * <p>The token gets a recognisable name ({@link TokenNaming#tokenName}); when the user already has a token of that
 * name, the next free {@code -2}, {@code -3}, ... is used, up to {@link #MAX_NAMES} names.
 */
@Restricted(NoExternalUse.class)
public final class TokenExchange {

    /** How many names ({@code base}, {@code base-2}, ...) are tried before giving up. */
    public static final int MAX_NAMES = 20;

    private static final Logger LOGGER = Logger.getLogger(TokenExchange.class.getName());
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[0-9a-f]{40}");

    private final Function<GogsCredentials, GogsClient> clients;

    /**
     * @param clients builds a client for the server with the given credentials (with the proxy, timeouts, ... the
     *                caller wants); the exchange closes every client it gets
     */
    public TokenExchange(Function<GogsCredentials, GogsClient> clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /**
     * Whether {@code password} has the shape of a Gogs access token: 40 lower-case hexadecimal characters, as Gogs
     * 0.14 mints them.
     */
    public static boolean looksLikeToken(String password) {
        return password != null && TOKEN_SHAPE.matcher(password).matches();
    }

    /**
     * Whether Gogs takes {@code password} as an access token ({@code GET /user} with it): a username/password
     * credential made for git, whose password is a token, needs no exchange (and could not have one: Gogs' token API
     * takes only the account password). Costs one request, and none for a password that does not look like a token.
     *
     * @throws TokenExchangeException when Gogs could not be asked (unreachable, failing)
     */
    public boolean isAccessToken(String password) {
        if (!looksLikeToken(password)) {
            return false;
        }
        try (GogsClient withToken = clients.apply(GogsCredentials.token(password))) {
            try {
                withToken.users().authenticated();
                return true;
            } catch (UnauthenticatedException e) {
                return false;
            } catch (GogsException e) {
                throw new TokenExchangeException(
                        ConnectionCheck.failure(withToken.serverUrl(), e, CredentialKind.TOKEN, null)
                                .message(),
                        e);
            }
        }
    }

    /**
     * Mints a token for the user and checks that it works.
     *
     * @param login    the Gogs username or e-mail address
     * @param baseName the token name to use when free, e.g. {@code jenkins-ci.example.com}
     * @throws IllegalArgumentException when the username or password is empty
     * @throws TokenExchangeException   when Gogs refused (wrong password, unreachable, every name taken, ...)
     */
    public MintedToken mint(String login, String password, String baseName) {
        if (login == null || login.isBlank()) {
            throw new IllegalArgumentException(Messages.TokenExchange_UsernameEmpty());
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException(Messages.TokenExchange_PasswordEmpty(login.strip()));
        }
        if (baseName == null || baseName.isBlank()) {
            throw new IllegalArgumentException("The token needs a name");
        }
        String user = login.strip();
        AccessToken created;
        String serverUrl;
        try (GogsClient withPassword = clients.apply(GogsCredentials.password(user, password))) {
            serverUrl = withPassword.serverUrl();
            created = create(withPassword, user, baseName.strip());
        }
        return confirm(serverUrl, created, user);
    }

    private AccessToken create(GogsClient withPassword, String user, String baseName) {
        String serverUrl = withPassword.serverUrl();
        Set<String> taken = new HashSet<>();
        try {
            withPassword.tokens().list().forEach(t -> taken.add(t.name()));
        } catch (GogsException e) {
            throw refused(serverUrl, e, user);
        }
        InvalidRequestException lastDuplicate = null;
        for (String name : TokenNaming.candidates(baseName, MAX_NAMES)) {
            if (taken.contains(name)) {
                continue;
            }
            try {
                AccessToken token = withPassword.tokens().create(name);
                LOGGER.fine(() -> "Minted the Gogs access token '" + name + "' for " + user + " at " + serverUrl);
                return token;
            } catch (InvalidRequestException e) {
                if (e.status() != 422) {
                    throw refused(serverUrl, e, user);
                }
                lastDuplicate = e; // made meanwhile by someone else: try the next name
            } catch (GogsException e) {
                throw refused(serverUrl, e, user);
            }
        }
        String sentence = Messages.TokenExchange_AllNamesTaken(user, baseName, String.valueOf(MAX_NAMES));
        if (lastDuplicate == null) {
            // every name was listed as taken; make the refusal look like what Gogs would have answered
            lastDuplicate = new InvalidRequestException(
                    "POST", "/api/v1/users/" + user + "/tokens", 422, "access token already exists");
        }
        throw new TokenExchangeException(sentence, lastDuplicate);
    }

    private MintedToken confirm(String serverUrl, AccessToken created, String login) {
        try (GogsClient withToken = clients.apply(GogsCredentials.token(created.sha1()))) {
            User user = withToken.users().authenticated();
            return new MintedToken(created.name(), user.username(), user.fullName(), created.sha1());
        } catch (GogsException e) {
            throw new TokenExchangeException(
                    Messages.TokenExchange_MintedTokenFails(
                            created.name(),
                            login,
                            ConnectionCheck.failure(serverUrl, e, CredentialKind.TOKEN, null)
                                    .message()),
                    e);
        }
    }

    private static TokenExchangeException refused(String serverUrl, GogsException e, String user) {
        String why = ConnectionCheck.failure(serverUrl, e, CredentialKind.PASSWORD, user)
                .message();
        return new TokenExchangeException(Messages.TokenExchange_NotCreated(why), e);
    }
}
