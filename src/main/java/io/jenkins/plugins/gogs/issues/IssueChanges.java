package io.jenkins.plugins.gogs.issues;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Changes to an issue; a null field is left as it is.
 *
 * @param state        "open" or "closed"
 * @param assignee     a user name, or "" to unassign
 * @param milestone    a milestone title, or "" to remove the milestone
 * @param labels       the issue's labels from now on, by name ([] removes all)
 * @param createLabels create the labels the repository lacks instead of failing
 * @param labelColor   {@code #rrggbb} for created labels; null for the default
 */
@Restricted(NoExternalUse.class)
public record IssueChanges(
        String title,
        String body,
        String state,
        String assignee,
        String milestone,
        List<String> labels,
        boolean createLabels,
        String labelColor) {

    public IssueChanges {
        if (title != null && title.isBlank()) {
            throw new IllegalArgumentException(Messages.IssueChanges_BlankTitle());
        }
        if (state != null) {
            String folded = state.strip().toLowerCase(Locale.ROOT);
            if (!folded.equals("open") && !folded.equals("closed")) {
                throw new IllegalArgumentException(Messages.IssueChanges_BadState(state));
            }
            state = folded;
        }
        assignee = assignee == null ? null : assignee.strip();
        milestone = milestone == null ? null : milestone.strip();
        labels = labels == null ? null : List.copyOf(labels);
    }

    /**
     * The changes as {@code gogsUpdateIssue} takes them: empty texts mean "not given" (as an empty form field does),
     * so removing takes a flag ({@code unassign}, {@code removeMilestone}) or, for labels, a list, which replaces the
     * issue's labels even when empty ({@code labels: []} removes them all).
     *
     * @param labels null, a text with names separated by commas, or a list of names
     * @throws IllegalArgumentException when there is nothing to change or two arguments contradict each other
     */
    public static IssueChanges fromStepArguments(
            String title,
            String body,
            String state,
            String assignee,
            boolean unassign,
            String milestone,
            boolean removeMilestone,
            Object labels,
            boolean createLabels,
            String labelColor) {
        String newAssignee = blankToNull(assignee);
        String newMilestone = blankToNull(milestone);
        if (unassign && newAssignee != null) {
            throw new IllegalArgumentException(Messages.IssueChanges_AssigneeAndUnassign());
        }
        if (removeMilestone && newMilestone != null) {
            throw new IllegalArgumentException(Messages.IssueChanges_MilestoneAndRemoveMilestone());
        }
        List<String> names = NameList.of(labels, "labels");
        boolean replacesLabels = labels instanceof Collection<?> || labels instanceof Object[] || !names.isEmpty();
        IssueChanges changes = new IssueChanges(
                blankToNull(title),
                body == null || body.isEmpty() ? null : body,
                blankToNull(state),
                unassign ? "" : newAssignee,
                removeMilestone ? "" : newMilestone,
                replacesLabels ? names : null,
                createLabels,
                labelColor == null ? null : LabelColors.parse(labelColor));
        if (changes.isEmpty()) {
            throw new IllegalArgumentException(Messages.IssueChanges_NothingToChange());
        }
        return changes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static IssueChanges none() {
        return new IssueChanges(null, null, null, null, null, null, false, null);
    }

    public IssueChanges withTitle(String text) {
        return new IssueChanges(text, body, state, assignee, milestone, labels, createLabels, labelColor);
    }

    public IssueChanges withBody(String text) {
        return new IssueChanges(title, text, state, assignee, milestone, labels, createLabels, labelColor);
    }

    public IssueChanges withState(String value) {
        return new IssueChanges(title, body, value, assignee, milestone, labels, createLabels, labelColor);
    }

    public IssueChanges withAssignee(String username) {
        return new IssueChanges(title, body, state, username, milestone, labels, createLabels, labelColor);
    }

    public IssueChanges withMilestone(String milestoneTitle) {
        return new IssueChanges(title, body, state, assignee, milestoneTitle, labels, createLabels, labelColor);
    }

    public IssueChanges withLabels(List<String> names) {
        return new IssueChanges(title, body, state, assignee, milestone, names, createLabels, labelColor);
    }

    public IssueChanges creatingLabels(String color) {
        return new IssueChanges(title, body, state, assignee, milestone, labels, true, color);
    }

    public boolean isEmpty() {
        return title == null
                && body == null
                && state == null
                && assignee == null
                && milestone == null
                && labels == null;
    }

    boolean editsFields() {
        return title != null || body != null || state != null || assignee != null || milestone != null;
    }
}
