package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.ForbiddenException;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.InvalidRequestException;
import io.jenkins.plugins.gogs.client.NotFoundOrNoAccessException;
import io.jenkins.plugins.gogs.client.ServerErrorException;
import io.jenkins.plugins.gogs.client.UnauthenticatedException;
import io.jenkins.plugins.gogs.client.UnreachableException;
import io.jenkins.plugins.gogs.client.UnsettledListingException;
import java.util.function.Supplier;

/**
 * Turns the client's exceptions into sentences for a pipeline author: what could not be done, in which repository,
 * with which credentials (by id, never the secret), and what to check. A 404 is told apart (one more request, only
 * after a 404): a repository that is missing or invisible, a missing issue, or a disabled issue tracker.
 */
final class Failures {

    private final GogsClient client;
    private final RepositoryName repository;
    private final String credentialsId;

    Failures(GogsClient client, RepositoryName repository, String credentialsId) {
        this.client = client;
        this.repository = repository;
        this.credentialsId = credentialsId;
    }

    /**
     * Runs one operation on the repository.
     *
     * @param action what is being done, to complete "could not ...", e.g. "update issue #5"
     * @param issue the issue addressed, or null; tells a missing issue from a missing repository
     */
    <T> T run(String action, Long issue, Supplier<T> work) {
        try {
            return work.get();
        } catch (GogsException e) {
            throw translate(e, action, issue);
        }
    }

    IssueException translate(GogsException e, String action, Long issue) {
        String in = " in " + repository;
        if (e instanceof NotFoundOrNoAccessException) {
            return notFound(e, action, issue);
        }
        if (e instanceof UnauthenticatedException) {
            return new IssueException(
                    credentialsId == null
                            ? "could not " + action + in + " without credentials: Gogs at " + server()
                                    + " asks to sign in"
                                    + " (the repository is private or missing, or the server requires sign-in); pass"
                                    + " credentialsId or set credentials on the Gogs server in Jenkins"
                            : "Gogs at " + server() + " did not accept credentials '" + credentialsId
                                    + "' (HTTP 401): the token is wrong, expired or revoked",
                    e);
        }
        if (e instanceof ForbiddenException) {
            return new IssueException(
                    "could not " + action + in + ": " + who()
                            + " may not do that (HTTP 403); it needs write access to the repository",
                    e);
        }
        if (e instanceof InvalidRequestException) {
            return new IssueException(
                    "Gogs refused to " + action + in + ": " + (e.detail() == null ? "HTTP " + e.status() : e.detail()),
                    e);
        }
        if (e instanceof ServerErrorException && issue != null && issueIsMissing(issue)) {
            return notFound(e, action, issue); // Gogs answers 500, not 404, to a comment on a missing issue
        }
        if (e instanceof ServerErrorException) {
            return new IssueException(
                    "Gogs at " + server() + " failed to " + action + in + " (HTTP " + e.status() + ")"
                            + (e.detail() == null ? "" : ": " + e.detail()),
                    e);
        }
        if (e instanceof UnsettledListingException) {
            return new IssueException(
                    "could not " + action + in + ": Gogs at " + server() + " kept creating, closing or reopening issues"
                            + " for longer than the step waits to list them exactly; try again",
                    e);
        }
        if (e instanceof UnreachableException) {
            return new IssueException(
                    "could not reach Gogs at " + server() + " to " + action
                            + (e.detail() == null ? "" : ": " + e.detail()),
                    e);
        }
        return new IssueException(
                "the server at " + server() + " did not answer like Gogs when asked to " + action + in
                        + (e.detail() == null ? "" : ": " + e.detail()),
                e);
    }

    private IssueException notFound(GogsException e, String action, Long issue) {
        try {
            client.repo(repository.owner(), repository.name()).get();
        } catch (NotFoundOrNoAccessException missing) {
            return repositoryMissing(e);
        } catch (GogsException other) {
            return translate(other, action, null);
        }
        if (issue != null) {
            return new IssueException("no issue #" + issue + " in " + repository + " (could not " + action + ")", e);
        }
        return new IssueException(
                "could not " + action + " in " + repository + ": its issue tracker is disabled or external", e);
    }

    private boolean issueIsMissing(long number) {
        try {
            client.repo(repository.owner(), repository.name()).issues().get(number);
            return false;
        } catch (NotFoundOrNoAccessException missing) {
            return true;
        } catch (GogsException other) {
            return false;
        }
    }

    IssueException repositoryMissing(GogsException e) {
        return new IssueException("repository " + repository + " not found or no access " + with(), e);
    }

    /** "credentials 'id'" or "anonymous access", for messages about permissions. */
    String who() {
        return credentialsId == null ? "anonymous access (no credentials)" : "credentials '" + credentialsId + "'";
    }

    private String with() {
        return credentialsId == null ? "without credentials" : "with credentials '" + credentialsId + "'";
    }

    private String server() {
        return client.serverUrl();
    }
}
