package io.jenkins.plugins.gogs.client.model;

/** A Gogs organization. */
public record Organization(
        long id,
        String username,
        String fullName,
        String avatarUrl,
        String description,
        String website,
        String location) {}
