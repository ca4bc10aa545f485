package io.jenkins.plugins.gogs.client.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An issue (or, read by number, a pull request: then {@code pullRequest} is set). {@code number} is the per-repository
 * index shared with pull requests; {@code comments} the count; {@code state} "open" or "closed".
 */
public record Issue(
        long id,
        long number,
        User user,
        String title,
        String body,
        List<Label> labels,
        Milestone milestone,
        User assignee,
        String state,
        int comments,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        PullRequestInfo pullRequest) {

    public Issue {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public boolean isOpen() {
        return "open".equals(state);
    }

    public boolean isPullRequest() {
        return pullRequest != null;
    }

    /** Present when the issue is a pull request. */
    public record PullRequestInfo(boolean merged, OffsetDateTime mergedAt) {}
}
