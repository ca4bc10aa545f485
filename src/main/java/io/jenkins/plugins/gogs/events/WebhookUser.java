package io.jenkins.plugins.gogs.events;

/** A Gogs user or organization as webhook payloads carry it ({@code sender}, {@code pusher}, owners). */
public record WebhookUser(long id, String username, String fullName, String email) {}
