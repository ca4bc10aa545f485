package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A comment on an issue or pull request. */
@Restricted(NoExternalUse.class)
public record WebhookComment(long id, String htmlUrl, WebhookUser user, String body) {}
