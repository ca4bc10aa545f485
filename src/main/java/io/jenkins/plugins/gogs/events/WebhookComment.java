package io.jenkins.plugins.gogs.events;

/** A comment on an issue or pull request. */
public record WebhookComment(long id, String htmlUrl, WebhookUser user, String body) {}
