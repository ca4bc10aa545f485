package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.Comment;
import io.jenkins.plugins.gogs.client.model.Issue;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changes of a repository's issue listings, from what Gogs 0.14 records (see docs/client.md):
 *
 * <ul>
 *   <li>an issue leaves or enters the open and the closed listing only by being closed or reopened, and Gogs records
 *       each of these, in the same transaction, as a comment without text that can be neither edited nor deleted
 *       ({@code GET /repos/:o/:r/issues/comments?since=} lists them);
 *   <li>an issue enters the open listing by being created, and the newest issue is the first of the open listing
 *       (which is sorted by creation time); one created and closed again left a comment.
 * </ul>
 *
 * So the open listing's first page, then the comments since a moment, tell whether anything entered or left.
 */
final class IssueChangeLog implements ChangeLog {

    private static final TypeReference<List<Comment>> COMMENTS = new TypeReference<>() {};
    private static final Pattern ISSUE = Pattern.compile("/issues/(\\d+)(?:#|$)");
    private static final Pattern PULL = Pattern.compile("/pulls/\\d+(?:#|$)");

    private final ApiCaller caller;
    private final RepoCoordinates repo;
    private final ExactListing<Issue> open;
    private final AtomicLong sequence;

    /**
     * @param open the open listing, when it is among the listings (its first page shows new issues), else null
     */
    IssueChangeLog(ApiCaller caller, RepoCoordinates repo, ExactListing<Issue> open, AtomicLong sequence) {
        this.caller = caller;
        this.repo = repo;
        this.open = open;
        this.sequence = sequence;
    }

    @Override
    public Evidence check(long since) {
        long latest = Long.MIN_VALUE;
        if (open != null) {
            // First, so that an issue created and closed again before this read shows as a comment below.
            PageRead<Issue> first = open.read(1);
            if (!first.isEmpty()) {
                Issue newest = first.items().get(0);
                latest = newest.createdAt() == null
                        ? Long.MAX_VALUE
                        : newest.createdAt().toEpochSecond();
            }
        }
        long cut = sequence.get();
        ApiRequest request = ApiRequest.get(repo.path("issues", "comments"))
                .withQuery("since", Instant.ofEpochSecond(Math.max(since, 1)).toString());
        Set<Long> changed = new HashSet<>();
        for (Comment comment : caller.call(request, COMMENTS)) {
            if (comment.body() != null && !comment.body().isEmpty()) {
                continue; // a written comment: status changes have no text and cannot be edited
            }
            String url = comment.htmlUrl() == null ? "" : comment.htmlUrl();
            if (PULL.matcher(url).find()) {
                continue; // pull requests are in neither issue listing
            }
            long stamp = comment.createdAt() == null
                    ? Long.MAX_VALUE
                    : comment.createdAt().toEpochSecond();
            latest = Math.max(latest, stamp);
            Matcher issue = ISSUE.matcher(url);
            if (issue.find()) {
                changed.add(Long.parseLong(issue.group(1)));
            }
        }
        return new Evidence(latest < since ? Long.MIN_VALUE : latest, changed, cut);
    }
}
