package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.Comment;
import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.client.model.Repository;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changes of a repository's issue listings, from what Gogs 0.14 records (see docs/client.md):
 *
 * <ul>
 *   <li>an issue leaves or enters the open and the closed listing only by being closed or reopened, and Gogs records
 *       each of these, in the same transaction, as a comment without text that can be neither edited nor deleted
 *       ({@code GET /repos/:o/:r/issues/comments?since=} lists them), stamped with the time;
 *   <li>an issue enters the open listing only by being created: in the same transaction Gogs counts it in the
 *       repository's issues, so the repository's {@code open_issues_count} rises (closing and reopening change it
 *       too, but leave a comment); and the newest issue is the first of the open listing, which is sorted by
 *       creation time, whole seconds (one created and closed again left a comment).
 * </ul>
 *
 * A look reads the open listing's first page and the repository (when the open listing is read), then the comments
 * since a moment: the stamps and the entries and count it finds prove reads to be of one state (see
 * {@link ListingSession}).
 */
final class IssueChangeLog implements ChangeLog {

    private static final TypeReference<List<Comment>> COMMENTS = new TypeReference<>() {};
    private static final Pattern ISSUE = Pattern.compile("/issues/(\\d+)(?:#|$)");
    private static final Pattern PULL = Pattern.compile("/pulls/\\d+(?:#|$)");

    private final ApiCaller caller;
    private final RepoCoordinates repo;
    private final ExactListing<Issue> open;
    private final AtomicLong sequence;
    private final Executor executor;

    /**
     * @param open the open listing, when it is among the listings (new issues enter it), else null
     */
    IssueChangeLog(
            ApiCaller caller, RepoCoordinates repo, ExactListing<Issue> open, AtomicLong sequence, Executor executor) {
        this.caller = caller;
        this.repo = repo;
        this.open = open;
        this.sequence = sequence;
        this.executor = executor;
    }

    @Override
    public Evidence check(long since, boolean newItemsToo) {
        long latest = Long.MIN_VALUE;
        long openIssues = -1;
        if (open != null && newItemsToo) {
            // Both before the comments, so that an issue created and closed again meanwhile shows as a comment.
            CompletableFuture<PageRead<Issue>> first = CompletableFuture.supplyAsync(() -> open.read(1), executor);
            openIssues =
                    caller.call(ApiRequest.get(repo.path()), Repository.class).openIssuesCount();
            PageRead<Issue> newest = ListingSession.join(first);
            if (!newest.isEmpty()) {
                latest = created(newest.items().get(0));
            }
        }
        long cut = sequence.get();
        ApiRequest request = ApiRequest.get(repo.path("issues", "comments"))
                .withQuery("since", Instant.ofEpochSecond(Math.max(since, 1)).toString());
        Set<Long> changed = new HashSet<>();
        Set<Long> entries = new HashSet<>();
        for (Comment comment : caller.call(request, COMMENTS)) {
            if (comment.body() != null && !comment.body().isEmpty()) {
                continue; // a written comment: status changes have no text and cannot be edited
            }
            String url = comment.htmlUrl() == null ? "" : comment.htmlUrl();
            if (PULL.matcher(url).find()) {
                continue; // pull requests are in neither issue listing
            }
            latest = Math.max(
                    latest,
                    comment.createdAt() == null
                            ? Long.MAX_VALUE
                            : comment.createdAt().toEpochSecond());
            entries.add(comment.id());
            Matcher issue = ISSUE.matcher(url);
            if (issue.find()) {
                changed.add(Long.parseLong(issue.group(1)));
            }
        }
        return new Evidence(latest < since ? Long.MIN_VALUE : latest, changed, entries, openIssues, cut);
    }

    private static long created(Issue issue) {
        return issue.createdAt() == null ? Long.MAX_VALUE : issue.createdAt().toEpochSecond();
    }
}
