package io.jenkins.plugins.gogs.servers;

import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What a connection check found, as a kind a program can branch on and a sentence an admin can act on. The message
 * never contains a secret.
 */
@Restricted(NoExternalUse.class)
public record ConnectionCheckResult(Outcome outcome, String message) {

    /** How a form shows a result. */
    public enum Severity {
        OK,
        WARNING,
        ERROR
    }

    public enum Outcome {
        /** The token works: its user is known and it can list repositories. */
        CONNECTED(Severity.OK),
        /** The username and password work; a token is minted from them on first use. */
        PASSWORD_ACCEPTED(Severity.OK),
        /** Gogs answers, but no credential is configured: public repositories only, no webhook management. */
        ANONYMOUS(Severity.WARNING),
        /**
         * The token works, but the credential names another user than the token's owner: git still signs in as the
         * owner, while {@code withCredentials} hands out the other name.
         */
        TOKEN_OF_ANOTHER_USER(Severity.WARNING),
        /** The token works but Gogs refused to list its repositories. */
        CANNOT_LIST_REPOSITORIES(Severity.WARNING),
        UNKNOWN_HOST(Severity.ERROR),
        CONNECTION_REFUSED(Severity.ERROR),
        TLS_FAILED(Severity.ERROR),
        TIMED_OUT(Severity.ERROR),
        /** No answer for another reason (reset, closed without answering, ...). */
        UNREACHABLE(Severity.ERROR),
        /** HTTP 401: a wrong or revoked token, or a wrong username or password. */
        BAD_CREDENTIALS(Severity.ERROR),
        /** HTTP 403. */
        FORBIDDEN(Severity.ERROR),
        /** Something answers at the URL, but not Gogs' API (an HTML page, a redirect, a 404 where Gogs has an API). */
        NOT_GOGS(Severity.ERROR),
        /** HTTP 5xx. */
        SERVER_ERROR(Severity.ERROR),
        /** Anything else Gogs refused. */
        FAILED(Severity.ERROR);

        private final Severity severity;

        Outcome(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    public ConnectionCheckResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }

    public Severity severity() {
        return outcome.severity();
    }

    public boolean isOk() {
        return outcome.severity() == Severity.OK;
    }
}
