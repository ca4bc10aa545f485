package io.jenkins.plugins.gogs.client.model;

/**
 * Changes to an issue; null fields are left as they are. An empty {@code assignee} unassigns, {@code milestone} 0
 * removes the milestone; {@code state} is "open" or "closed". Gogs ignores assignee and milestone from non-writers.
 */
public record IssueEdit(String title, String body, String assignee, Long milestone, String state) {

    public IssueEdit {
        if (title != null && title.isBlank()) {
            throw new IllegalArgumentException("An issue title cannot be blank");
        }
        if (state != null && !state.equals("open") && !state.equals("closed")) {
            throw new IllegalArgumentException("An issue state is 'open' or 'closed', not '" + state + "'");
        }
    }

    /** No change yet; add some with the {@code with...} methods. */
    public static IssueEdit change() {
        return new IssueEdit(null, null, null, null, null);
    }

    public IssueEdit withTitle(String text) {
        return new IssueEdit(text, body, assignee, milestone, state);
    }

    public IssueEdit withBody(String text) {
        return new IssueEdit(title, text, assignee, milestone, state);
    }

    /** A username, or "" to unassign. */
    public IssueEdit withAssignee(String username) {
        return new IssueEdit(title, body, username, milestone, state);
    }

    /** A milestone id, or 0 to remove the milestone. */
    public IssueEdit withMilestone(long milestoneId) {
        return new IssueEdit(title, body, assignee, milestoneId, state);
    }

    public IssueEdit closed() {
        return new IssueEdit(title, body, assignee, milestone, "closed");
    }

    public IssueEdit reopened() {
        return new IssueEdit(title, body, assignee, milestone, "open");
    }
}
