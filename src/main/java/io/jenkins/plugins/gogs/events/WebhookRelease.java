package io.jenkins.plugins.gogs.events;

/** A release as the release payload carries it; {@code targetCommitish} is the branch the tag was made from. */
public record WebhookRelease(
        long id,
        String tagName,
        String targetCommitish,
        String name,
        boolean draft,
        boolean prerelease,
        WebhookUser author) {}
