package io.jenkins.plugins.gogs.issues;

import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * An issue to create, as a pipeline describes it: labels by name, milestone by title, assignee by user name.
 *
 * @param labels       label names; see {@link LabelCatalog} for how names are matched
 * @param milestone    a milestone title, or null
 * @param assignee     a user name, or null
 * @param createLabels create the labels the repository lacks (with {@code labelColor}) instead of failing
 * @param labelColor   {@code #rrggbb} for created labels; null for {@link LabelColors#DEFAULT}
 */
@Restricted(NoExternalUse.class)
public record IssueDraft(
        String title,
        String body,
        List<String> labels,
        String milestone,
        String assignee,
        boolean createLabels,
        String labelColor) {

    public IssueDraft {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(Messages.IssueDraft_NoTitle());
        }
        body = body == null ? "" : body;
        labels = labels == null ? List.of() : List.copyOf(labels);
        milestone = milestone == null || milestone.isBlank() ? null : milestone.strip();
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
    }

    public static IssueDraft titled(String title) {
        return new IssueDraft(title, "", List.of(), null, null, false, null);
    }

    public IssueDraft withBody(String text) {
        return new IssueDraft(title, text, labels, milestone, assignee, createLabels, labelColor);
    }

    public IssueDraft withLabels(List<String> names) {
        return new IssueDraft(title, body, names, milestone, assignee, createLabels, labelColor);
    }

    public IssueDraft withMilestone(String milestoneTitle) {
        return new IssueDraft(title, body, labels, milestoneTitle, assignee, createLabels, labelColor);
    }

    public IssueDraft withAssignee(String username) {
        return new IssueDraft(title, body, labels, milestone, username, createLabels, labelColor);
    }

    /** Missing labels are created with this colour ({@code #rrggbb}; null for the default). */
    public IssueDraft creatingLabels(String color) {
        return new IssueDraft(title, body, labels, milestone, assignee, true, color);
    }

    boolean setsMetadata() {
        return !labels.isEmpty() || milestone != null || assignee != null;
    }
}
