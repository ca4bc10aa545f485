package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** An event this plugin does not know, kept so it can still be verified; {@code repository} may be null. */
@Restricted(NoExternalUse.class)
public record UnknownEvent(String eventName, WebhookRepository repository, WebhookUser sender)
        implements GogsWebhookEvent {

    @Override
    public ScmChange scmChange() {
        return ScmChange.NONE;
    }
}
