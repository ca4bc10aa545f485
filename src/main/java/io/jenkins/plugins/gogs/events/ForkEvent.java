package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A repository was forked: {@code repository} is the original, {@code forkee} the new fork (a new repository
 * for its owner's organization folder, and a possible source of pull requests to the original).
 */
@Restricted(NoExternalUse.class)
public record ForkEvent(WebhookRepository forkee, WebhookRepository repository, WebhookUser sender)
        implements GogsWebhookEvent {

    @Override
    public String eventName() {
        return "fork";
    }

    @Override
    public ScmChange scmChange() {
        return ScmChange.CREATED;
    }
}
