package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.IssuesApi;
import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.model.Issue;
import java.util.List;
import java.util.stream.Stream;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Applies an {@link IssueQuery} to a repository's issues, reading as little as the query allows:
 *
 * <ul>
 *   <li>with a {@code limit}, pages are read one at a time, newest first, and reading stops as soon as enough issues
 *       matched ({@code limit: 3} over open issues that match costs one page);</li>
 *   <li>without one, every page is needed anyway, so they are fetched concurrently (the client's bounded page
 *       concurrency).</li>
 * </ul>
 *
 * {@code all} is the open and the closed listing merged, newest created first, each issue once. When nothing
 * matches and the query names a label or milestone the repository does not have, that is reported as an error (a
 * typo would otherwise look like "no issues"); this costs requests only in that case.
 */
@Restricted(NoExternalUse.class)
final class IssueFinder {

    private final RepoApi repo;
    private final RepositoryName repository;
    private final Failures failures;

    IssueFinder(RepoApi repo, RepositoryName repository, Failures failures) {
        this.repo = repo;
        this.repository = repository;
        this.failures = failures;
    }

    List<Issue> find(IssueQuery query) {
        IssueFilter filter = new IssueFilter(query);
        IssuesApi issues = repo.issues();
        List<Issue> found = failures.run(Messages.Action_ListIssues(), null, () -> {
            if (query.hasLimit()) {
                try (Stream<Issue> stream = issues.stream(query.state())) {
                    return stream.filter(filter).limit(query.limit()).toList();
                }
            }
            return issues.list(query.state()).stream().filter(filter).toList();
        });
        if (found.isEmpty()) {
            checkNamesExist(query);
        }
        return found;
    }

    private void checkNamesExist(IssueQuery query) {
        if (!query.labels().isEmpty()) {
            LabelCatalog labels = new LabelCatalog(
                    repository,
                    failures.run(
                            Messages.Action_ListLabels(),
                            null,
                            () -> repo.labels().list()));
            List<String> unknown = labels.unknownIgnoringCase(query.labels());
            if (!unknown.isEmpty()) {
                throw labels.unknownError(unknown, null);
            }
        }
        if (query.milestone() != null) {
            MilestoneCatalog milestones = new MilestoneCatalog(
                    repository,
                    failures.run(
                            Messages.Action_ListMilestones(),
                            null,
                            () -> repo.milestones().list()));
            if (!milestones.existsIgnoringCase(query.milestone())) {
                throw milestones.unknownError(query.milestone());
            }
        }
    }
}
