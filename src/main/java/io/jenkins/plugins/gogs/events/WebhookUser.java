package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A Gogs user or organization as webhook payloads carry it ({@code sender}, {@code pusher}, owners). */
@Restricted(NoExternalUse.class)
public record WebhookUser(long id, String username, String fullName, String email) {}
