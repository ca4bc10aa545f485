package io.jenkins.plugins.gogs.client.model;

import java.time.OffsetDateTime;

/** A milestone; {@code dueOn} is null without a deadline, {@code closedAt} null unless closed. */
public record Milestone(
        long id,
        String title,
        String description,
        String state,
        int openIssues,
        int closedIssues,
        OffsetDateTime closedAt,
        OffsetDateTime dueOn) {}
