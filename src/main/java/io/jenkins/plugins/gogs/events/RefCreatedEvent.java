package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A branch or tag was pushed for the first time ({@code create}). {@code ref} is the short name. {@code sha} is
 * empty for branches (the push event that follows has the commit) and for tags is the new ref value, which for an
 * annotated tag is the tag object, not the commit.
 */
@Restricted(NoExternalUse.class)
public record RefCreatedEvent(
        String ref, String refType, String sha, String defaultBranch, WebhookRepository repository, WebhookUser sender)
        implements GogsWebhookEvent {

    @Override
    public String eventName() {
        return "create";
    }

    public GitRef gitRef() {
        return GitRef.fromShortName(refType, ref);
    }

    @Override
    public ScmChange scmChange() {
        return ScmChange.CREATED;
    }
}
