package io.jenkins.plugins.gogs.client.model;

import java.util.List;
import java.util.Objects;

/**
 * An issue to create. {@code assignee} is a username, {@code milestone} a milestone id, {@code labels} label ids;
 * Gogs silently drops those three when the user cannot write to the repository.
 */
public record NewIssue(String title, String body, String assignee, Long milestone, List<Long> labels, boolean closed) {

    public NewIssue {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An issue needs a title");
        }
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public static NewIssue titled(String title) {
        return new NewIssue(title, "", null, null, List.of(), false);
    }

    public NewIssue withBody(String text) {
        return new NewIssue(title, Objects.requireNonNullElse(text, ""), assignee, milestone, labels, closed);
    }

    public NewIssue withAssignee(String username) {
        return new NewIssue(title, body, username, milestone, labels, closed);
    }

    public NewIssue withMilestone(long milestoneId) {
        return new NewIssue(title, body, assignee, milestoneId, labels, closed);
    }

    public NewIssue withLabels(List<Long> labelIds) {
        return new NewIssue(title, body, assignee, milestone, labelIds, closed);
    }

    public NewIssue asClosed() {
        return new NewIssue(title, body, assignee, milestone, labels, true);
    }
}
