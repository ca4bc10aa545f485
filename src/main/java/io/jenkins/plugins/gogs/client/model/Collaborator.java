package io.jenkins.plugins.gogs.client.model;

/** A repository collaborator and what they may do there. */
public record Collaborator(
        long id,
        String username,
        String login,
        String fullName,
        String email,
        String avatarUrl,
        Permissions permissions) {}
