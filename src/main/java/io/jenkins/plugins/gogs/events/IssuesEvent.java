package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Something happened to an issue ({@code issues}); parsed so it can be verified, but nothing for the SCM side. */
@Restricted(NoExternalUse.class)
public record IssuesEvent(
        String action, long number, WebhookIssue issue, WebhookRepository repository, WebhookUser sender)
        implements GogsWebhookEvent {

    @Override
    public String eventName() {
        return "issues";
    }

    @Override
    public ScmChange scmChange() {
        return ScmChange.NONE;
    }
}
