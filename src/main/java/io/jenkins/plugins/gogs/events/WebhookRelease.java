package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A release as the release payload carries it; {@code targetCommitish} is the branch the tag was made from. */
@Restricted(NoExternalUse.class)
public record WebhookRelease(
        long id,
        String tagName,
        String targetCommitish,
        String name,
        boolean draft,
        boolean prerelease,
        WebhookUser author) {}
