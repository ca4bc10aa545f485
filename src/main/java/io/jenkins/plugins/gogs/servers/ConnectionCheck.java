package io.jenkins.plugins.gogs.servers;

import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.ANONYMOUS;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.BAD_CREDENTIALS;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.CANNOT_LIST_REPOSITORIES;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.CONNECTED;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.CONNECTION_REFUSED;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.FAILED;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.FORBIDDEN;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.NOT_GOGS;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.PASSWORD_ACCEPTED;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.SERVER_ERROR;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.TIMED_OUT;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.TLS_FAILED;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.TOKEN_OF_ANOTHER_USER;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.UNKNOWN_HOST;
import static io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome.UNREACHABLE;

import io.jenkins.plugins.gogs.client.ForbiddenException;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.NotFoundOrNoAccessException;
import io.jenkins.plugins.gogs.client.ServerErrorException;
import io.jenkins.plugins.gogs.client.UnauthenticatedException;
import io.jenkins.plugins.gogs.client.UnexpectedResponseException;
import io.jenkins.plugins.gogs.client.UnreachableException;
import io.jenkins.plugins.gogs.client.model.User;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The "Test connection" of a Gogs server: asks Gogs who the credential belongs to and whether it can read
 * repositories, and turns every failure into the sentence that tells the admin what to fix. Costs one or two
 * requests; never changes anything in Gogs.
 */
@Restricted(NoExternalUse.class)
public final class ConnectionCheck {

    /** Which kind of credential a failed request was made with; decides how a 401 is explained. */
    public enum CredentialKind {
        ANONYMOUS,
        TOKEN,
        PASSWORD
    }

    private ConnectionCheck() {}

    /** Checks a client built with an access token: {@code GET /user}, then {@code GET /user/repos}. */
    public static ConnectionCheckResult withToken(GogsClient client) {
        return withToken(client, null);
    }

    /**
     * Checks a client built with the token of a credential that also names the token's user (the username git and
     * {@code withCredentials} get): as {@link #withToken(GogsClient)}, and warns when Gogs says the token belongs to
     * someone else.
     */
    public static ConnectionCheckResult withTokenOf(GogsClient client, String username) {
        return withToken(client, username == null ? "" : username);
    }

    private static ConnectionCheckResult withToken(GogsClient client, String expectedUser) {
        User user;
        try {
            user = client.users().authenticated();
        } catch (GogsException e) {
            return failure(client.serverUrl(), e, CredentialKind.TOKEN, null);
        }
        String who = describe(user);
        if (expectedUser != null && !expectedUser.equalsIgnoreCase(user.username())) {
            return new ConnectionCheckResult(
                    TOKEN_OF_ANOTHER_USER,
                    Messages.ConnectionCheck_TokenOfAnotherUser(who, expectedUser, user.username()));
        }
        try {
            int repositories = client.repos().ofAuthenticatedUser().size();
            return new ConnectionCheckResult(
                    CONNECTED, Messages.ConnectionCheck_Connected(who, String.valueOf(repositories)));
        } catch (ForbiddenException | NotFoundOrNoAccessException e) {
            return new ConnectionCheckResult(
                    CANNOT_LIST_REPOSITORIES,
                    Messages.ConnectionCheck_CannotListRepositories(who, String.valueOf(e.status())));
        } catch (GogsException e) {
            return failure(client.serverUrl(), e, CredentialKind.TOKEN, null);
        }
    }

    /**
     * Checks a client built with a username and password without minting anything: lists the user's tokens, the one
     * API call Gogs answers only for a correct password.
     */
    public static ConnectionCheckResult withPassword(GogsClient client, String username) {
        try {
            client.tokens().list();
        } catch (GogsException e) {
            return failure(client.serverUrl(), e, CredentialKind.PASSWORD, username);
        }
        return new ConnectionCheckResult(PASSWORD_ACCEPTED, Messages.ConnectionCheck_PasswordAccepted(username));
    }

    /** Checks that Gogs answers at all, for a server configured without a credential. */
    public static ConnectionCheckResult anonymous(GogsClient client) {
        try {
            // Any keyword will do: only whether Gogs answers its anonymous search matters.
            client.repos().searchStream("a", 0, 1).findFirst();
        } catch (GogsException e) {
            return failure(client.serverUrl(), e, CredentialKind.ANONYMOUS, null);
        }
        return new ConnectionCheckResult(ANONYMOUS, Messages.ConnectionCheck_Anonymous(client.serverUrl()));
    }

    /**
     * The result for a request that failed.
     *
     * @param username the login of a password credential (for the message), else ignored
     */
    public static ConnectionCheckResult failure(
            String serverUrl, GogsException e, CredentialKind kind, String username) {
        if (e instanceof UnreachableException) {
            return unreachable(serverUrl, e);
        }
        if (e instanceof UnauthenticatedException) {
            return new ConnectionCheckResult(
                    BAD_CREDENTIALS,
                    switch (kind) {
                        case TOKEN -> Messages.ConnectionCheck_TokenRejected();
                        case PASSWORD -> Messages.ConnectionCheck_PasswordRejected(username);
                        case ANONYMOUS -> Messages.ConnectionCheck_LoginNeeded();
                    });
        }
        if (e instanceof ForbiddenException) {
            return new ConnectionCheckResult(FORBIDDEN, Messages.ConnectionCheck_Forbidden(serverUrl, detail(e)));
        }
        if (e instanceof UnexpectedResponseException || e instanceof NotFoundOrNoAccessException) {
            return new ConnectionCheckResult(
                    NOT_GOGS,
                    Messages.ConnectionCheck_NotGogs(
                            serverUrl,
                            e.method(),
                            e.path(),
                            String.valueOf(e.status()),
                            e.detail() == null ? "" : " (" + e.detail() + ")"));
        }
        if (e instanceof ServerErrorException) {
            return new ConnectionCheckResult(
                    SERVER_ERROR,
                    Messages.ConnectionCheck_ServerError(serverUrl, String.valueOf(e.status()), detail(e)));
        }
        return new ConnectionCheckResult(FAILED, e.getMessage());
    }

    private static ConnectionCheckResult unreachable(String serverUrl, GogsException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnknownHostException) {
            return new ConnectionCheckResult(
                    UNKNOWN_HOST, Messages.ConnectionCheck_UnknownHost(serverUrl, cause.getMessage()));
        }
        if (cause instanceof SSLException) {
            return new ConnectionCheckResult(
                    TLS_FAILED, Messages.ConnectionCheck_TlsFailed(serverUrl, cause.getMessage()));
        }
        if (cause instanceof ConnectException) {
            return new ConnectionCheckResult(CONNECTION_REFUSED, Messages.ConnectionCheck_ConnectionRefused(serverUrl));
        }
        if (cause instanceof InterruptedIOException) {
            // connect and read timeouts (an interrupt is an InterruptedIOException too, but nobody waits for it)
            return new ConnectionCheckResult(TIMED_OUT, Messages.ConnectionCheck_TimedOut(serverUrl, e.detail()));
        }
        return new ConnectionCheckResult(
                UNREACHABLE,
                Messages.ConnectionCheck_Unreachable(
                        serverUrl, e.detail() == null ? Messages.ConnectionCheck_NoAnswer() : e.detail()));
    }

    private static String detail(GogsException e) {
        return e.detail() == null ? "" : ": " + e.detail();
    }

    private static String describe(User user) {
        String login = user.login() == null || user.login().isBlank() ? user.username() : user.login();
        return user.fullName() == null || user.fullName().isBlank() ? login : login + " (" + user.fullName() + ")";
    }
}
