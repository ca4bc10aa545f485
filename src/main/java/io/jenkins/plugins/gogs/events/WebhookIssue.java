package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** An issue or pull request as issue events carry it; {@code pullRequest} is null for plain issues. */
@Restricted(NoExternalUse.class)
public record WebhookIssue(
        long id, long number, String title, String state, WebhookUser user, PullRequestMark pullRequest) {

    /** Present on issues that are pull requests. */
    public record PullRequestMark(boolean merged) {}

    public boolean isPullRequest() {
        return pullRequest != null;
    }
}
