package io.jenkins.plugins.gogs.client.model;

import java.time.OffsetDateTime;

/**
 * An issue comment. Gogs lists close/reopen events as comments too, with an empty body.
 */
public record Comment(
        long id, String htmlUrl, User user, String body, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}
