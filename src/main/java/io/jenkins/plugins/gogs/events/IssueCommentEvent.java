package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A comment was created, edited or deleted on an issue or pull request; nothing for the SCM side. */
@Restricted(NoExternalUse.class)
public record IssueCommentEvent(
        String action, WebhookIssue issue, WebhookComment comment, WebhookRepository repository, WebhookUser sender)
        implements GogsWebhookEvent {

    @Override
    public String eventName() {
        return "issue_comment";
    }

    @Override
    public ScmChange scmChange() {
        return ScmChange.NONE;
    }
}
