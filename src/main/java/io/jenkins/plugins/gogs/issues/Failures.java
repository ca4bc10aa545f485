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
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Turns the client's exceptions into sentences for a pipeline author: what could not be done, in which repository,
 * with which credentials (by id, never the secret), and what to check. A 404 is told apart (one more request, only
 * after a 404): a repository that is missing or invisible, a missing issue, or a disabled issue tracker.
 */
@Restricted(NoExternalUse.class)
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
        if (e instanceof NotFoundOrNoAccessException) {
            return notFound(e, action, issue);
        }
        if (e instanceof UnauthenticatedException) {
            return new IssueException(
                    credentialsId == null
                            ? Messages.Failures_SignInRequired(action, repository, server())
                            : Messages.Failures_CredentialsRefused(server(), credentialsId),
                    e);
        }
        if (e instanceof ForbiddenException) {
            return new IssueException(Messages.Failures_Forbidden(action, repository, who()), e);
        }
        if (e instanceof InvalidRequestException) {
            String reason = e.detail() == null ? Messages.Failures_Status(String.valueOf(e.status())) : e.detail();
            return new IssueException(Messages.Failures_Refused(action, repository, reason), e);
        }
        if (e instanceof ServerErrorException && issue != null && issueIsMissing(issue)) {
            return notFound(e, action, issue); // Gogs answers 500, not 404, to a comment on a missing issue
        }
        if (e instanceof ServerErrorException) {
            return new IssueException(
                    withDetail(
                            Messages.Failures_ServerFailed(server(), action, repository, String.valueOf(e.status())),
                            e),
                    e);
        }
        if (e instanceof UnsettledListingException) {
            return new IssueException(Messages.Failures_Unsettled(action, repository, server()), e);
        }
        if (e instanceof UnreachableException) {
            return new IssueException(withDetail(Messages.Failures_Unreachable(server(), action), e), e);
        }
        return new IssueException(withDetail(Messages.Failures_NotGogs(server(), action, repository), e), e);
    }

    private static String withDetail(String sentence, GogsException e) {
        return e.detail() == null ? sentence : Messages.Failures_WithDetail(sentence, e.detail());
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
            return new IssueException(Messages.Failures_NoSuchIssue(String.valueOf(issue), repository, action), e);
        }
        return new IssueException(Messages.Failures_IssuesDisabled(action, repository), e);
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
        return new IssueException(Messages.Failures_RepositoryMissing(repository, with()), e);
    }

    /** "credentials 'id'" or "anonymous access", for messages about permissions. */
    String who() {
        return credentialsId == null ? Messages.Failures_Anonymous() : Messages.Failures_Credentials(credentialsId);
    }

    private String with() {
        return credentialsId == null
                ? Messages.Failures_WithoutCredentials()
                : Messages.Failures_WithCredentials(credentialsId);
    }

    private String server() {
        return client.serverUrl();
    }
}
