package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A branch or tag was deleted ({@code delete}); {@code ref} is the short name. No push event accompanies it. */
@Restricted(NoExternalUse.class)
public record RefDeletedEvent(
        String ref, String refType, String pusherType, WebhookRepository repository, WebhookUser sender)
        implements GogsWebhookEvent {

    @Override
    public String eventName() {
        return "delete";
    }

    public GitRef gitRef() {
        return GitRef.fromShortName(refType, ref);
    }

    @Override
    public ScmChange scmChange() {
        return ScmChange.REMOVED;
    }
}
