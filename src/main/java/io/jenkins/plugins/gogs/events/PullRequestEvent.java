package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Something happened to a pull request. A merge arrives as {@code closed} with {@code pull_request.merged} true
 * (plus a push to the base branch). Gogs queues {@code opened} and {@code synchronized} before it moves
 * {@code refs/pull/<number>/head}, so the ref may still be stale when the event arrives.
 */
@Restricted(NoExternalUse.class)
public record PullRequestEvent(
        String action, long number, WebhookPullRequest pullRequest, WebhookRepository repository, WebhookUser sender)
        implements GogsWebhookEvent {

    @Override
    public String eventName() {
        return "pull_request";
    }

    public PullRequestAction actionKind() {
        return PullRequestAction.of(action);
    }

    /** Closed with its changes merged into the base branch. */
    public boolean isMerged() {
        return pullRequest.merged();
    }

    @Override
    public ScmChange scmChange() {
        switch (actionKind()) {
            case OPENED:
            case REOPENED:
                return ScmChange.CREATED;
            case SYNCHRONIZED:
            case EDITED:
                return ScmChange.UPDATED;
            case CLOSED:
                return ScmChange.REMOVED;
            default:
                return ScmChange.NONE;
        }
    }
}
