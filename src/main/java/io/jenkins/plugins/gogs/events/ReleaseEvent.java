package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A release was published ({@code action} {@code published}, the only one Gogs 0.14 sends; drafts send nothing).
 * A release made in the web UI for a new tag creates that tag without any create event, so this is the only
 * notice Jenkins gets of the tag.
 */
@Restricted(NoExternalUse.class)
public record ReleaseEvent(String action, WebhookRelease release, WebhookRepository repository, WebhookUser sender)
        implements GogsWebhookEvent {

    @Override
    public String eventName() {
        return "release";
    }

    /** The release's tag. */
    public GitRef gitRef() {
        return new GitRef(RefKind.TAG, release.tagName());
    }

    @Override
    public ScmChange scmChange() {
        return "published".equals(action) ? ScmChange.CREATED : ScmChange.NONE;
    }
}
