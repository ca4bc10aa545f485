package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.client.model.User;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The filters of an {@link IssueQuery} that Gogs cannot apply, as a predicate over listed issues. */
@Restricted(NoExternalUse.class)
final class IssueFilter implements Predicate<Issue> {

    private final IssueQuery query;
    private final Set<String> labels;
    private final String search;

    IssueFilter(IssueQuery query) {
        this.query = query;
        this.labels = query.labels().stream().map(IssueFilter::fold).collect(Collectors.toSet());
        this.search = query.search() == null ? null : fold(query.search());
    }

    @Override
    public boolean test(Issue issue) {
        return hasLabels(issue.labels())
                && (query.milestone() == null
                        || issue.milestone() != null
                                && query.milestone()
                                        .equalsIgnoreCase(issue.milestone().title()))
                && (query.assignee() == null || isUser(issue.assignee(), query.assignee()))
                && (query.author() == null || isUser(issue.user(), query.author()))
                && (query.since() == null
                        || issue.updatedAt() != null
                                && !issue.updatedAt().toInstant().isBefore(query.since()))
                && (search == null || contains(issue.title()) || contains(issue.body()));
    }

    private boolean hasLabels(List<Label> present) {
        if (labels.isEmpty()) {
            return true;
        }
        Set<String> names = present.stream().map(l -> fold(l.name())).collect(Collectors.toSet());
        return names.containsAll(labels);
    }

    private boolean contains(String text) {
        return text != null && fold(text).contains(search);
    }

    static boolean isUser(User user, String name) {
        return user != null && (name.equalsIgnoreCase(user.username()) || name.equalsIgnoreCase(user.login()));
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
