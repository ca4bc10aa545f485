package io.jenkins.plugins.gogs.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * A Gogs repository. {@code permissions} is null where Gogs omits it (search results, webhook payloads);
 * {@code parent} is set only for forks; {@code empty} means no commit yet. Times are null when Gogs sent its zero time
 * (the answer to a create).
 */
public record Repository(
        long id,
        User owner,
        String name,
        String fullName,
        String description,
        @JsonProperty("private") boolean isPrivate,
        boolean fork,
        Repository parent,
        boolean empty,
        boolean mirror,
        long size,
        String htmlUrl,
        String sshUrl,
        String cloneUrl,
        String website,
        int starsCount,
        int forksCount,
        int watchersCount,
        int openIssuesCount,
        String defaultBranch,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Permissions permissions) {}
