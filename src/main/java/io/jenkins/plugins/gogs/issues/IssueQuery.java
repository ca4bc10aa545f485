package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.IssueState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Which issues {@code gogsIssues} returns. Gogs' API filters only by state; everything else is applied by the
 * plugin (see {@link IssueFilter}). Matching rules, chosen for pipeline authors:
 *
 * <ul>
 *   <li>{@code labels}: the issue has every one of them; names compared ignoring case;</li>
 *   <li>{@code milestone}: the milestone's title, ignoring case;</li>
 *   <li>{@code assignee}, {@code author}: user names, ignoring case (as Gogs compares them);</li>
 *   <li>{@code since}: updated at or after that instant (see {@link Since} for the accepted texts);</li>
 *   <li>{@code search}: the text occurs in the title or the body, ignoring case;</li>
 *   <li>{@code limit}: at most that many issues (0: all), newest first.</li>
 * </ul>
 *
 * @param since null for no lower bound
 * @param limit 0 for no limit
 */
@Restricted(NoExternalUse.class)
public record IssueQuery(
        IssueState state,
        List<String> labels,
        String milestone,
        String assignee,
        String author,
        Instant since,
        String search,
        int limit) {

    /** The keys {@link #fromMap} accepts. */
    public static final Set<String> KEYS =
            Set.of("state", "labels", "milestone", "assignee", "author", "since", "search", "limit");

    public IssueQuery {
        state = state == null ? IssueState.OPEN : state;
        labels = labels == null ? List.of() : List.copyOf(labels);
        if (limit < 0) {
            throw new IllegalArgumentException(Messages.IssueQuery_NegativeLimit(String.valueOf(limit)));
        }
    }

    /** Open issues, all of them. */
    public static IssueQuery open() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A query from named values as a pipeline gives them, e.g. {@code [state: 'all', labels: ['bug'], limit: 5]}.
     *
     * @throws IllegalArgumentException naming every unknown key and every bad value at once
     */
    public static IssueQuery fromMap(Map<String, ?> values) {
        Builder builder = builder();
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            String names = String.join(", ", unknown);
            String known = String.join(", ", new TreeSet<>(KEYS));
            builder.problems.add(
                    unknown.size() == 1
                            ? Messages.IssueQuery_UnknownFilter(names, known)
                            : Messages.IssueQuery_UnknownFilters(names, known));
        }
        builder.state(text(values.get("state")))
                .labels(values.get("labels"))
                .milestone(text(values.get("milestone")))
                .assignee(text(values.get("assignee")))
                .author(text(values.get("author")))
                .since(text(values.get("since")))
                .search(text(values.get("search")));
        Object limit = values.get("limit");
        if (limit instanceof Number number) {
            builder.limit(number.intValue());
        } else if (limit != null) {
            builder.limit(limit.toString());
        }
        return builder.build();
    }

    public boolean hasLimit() {
        return limit > 0;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Collects the filters from texts; {@link #build()} reports all bad values in one message. */
    public static final class Builder {
        private final List<String> problems = new ArrayList<>();
        private IssueState state = IssueState.OPEN;
        private List<String> labels = List.of();
        private String milestone;
        private String assignee;
        private String author;
        private Instant since;
        private String search;
        private int limit;

        private Builder() {}

        /** {@code open} (also for null or blank), {@code closed} or {@code all}, in any case. */
        public Builder state(String text) {
            if (text == null || text.isBlank()) {
                state = IssueState.OPEN;
                return this;
            }
            switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "open" -> state = IssueState.OPEN;
                case "closed" -> state = IssueState.CLOSED;
                case "all" -> state = IssueState.ALL;
                default -> problems.add(Messages.IssueQuery_BadState(text));
            }
            return this;
        }

        public Builder state(IssueState value) {
            state = value == null ? IssueState.OPEN : value;
            return this;
        }

        /** A list of names, or one text with names separated by commas; see {@link NameList}. */
        public Builder labels(Object names) {
            try {
                labels = NameList.of(names, "labels");
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            return this;
        }

        public Builder milestone(String title) {
            milestone = blankToNull(title);
            return this;
        }

        public Builder assignee(String username) {
            assignee = blankToNull(username);
            return this;
        }

        public Builder author(String username) {
            author = blankToNull(username);
            return this;
        }

        public Builder since(String text) {
            if (text != null && !text.isBlank()) {
                try {
                    since = Since.parse(text);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
            return this;
        }

        public Builder since(Instant instant) {
            since = instant;
            return this;
        }

        public Builder search(String text) {
            search = text == null || text.isBlank() ? null : text.strip();
            return this;
        }

        public Builder limit(int value) {
            if (value < 0) {
                problems.add(Messages.IssueQuery_NegativeLimit(String.valueOf(value)));
            } else {
                limit = value;
            }
            return this;
        }

        public Builder limit(String text) {
            if (text == null || text.isBlank()) {
                limit = 0;
                return this;
            }
            try {
                return limit(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                problems.add(Messages.IssueQuery_LimitNotANumber(text));
                return this;
            }
        }

        /**
         * @throws IllegalArgumentException listing every problem found, separated by "; "
         */
        public IssueQuery build() {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return new IssueQuery(state, labels, milestone, assignee, author, since, search, limit);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
