package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.client.model.IssueEdit;
import io.jenkins.plugins.gogs.client.model.NewIssue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The issues of one repository. Gogs lists them newest first, a page size it fixes itself ({@code ISSUE_PAGING_NUM},
 * 10 by default), without pull requests; a pull request can still be read by number with {@link #get(long)}.
 */
public final class IssuesApi {

    private static final TypeReference<List<Issue>> ISSUES = new TypeReference<>() {};

    /** Gogs' default {@code [ui] ISSUE_PAGING_NUM}: issues per page. */
    static final int DEFAULT_PAGE_SIZE = 10;

    private final ApiCaller caller;
    private final Paginator paginator;
    private final RepoCoordinates repo;

    IssuesApi(ApiCaller caller, Paginator paginator, RepoCoordinates repo) {
        this.caller = caller;
        this.paginator = paginator;
        this.repo = repo;
    }

    /**
     * All issues in that state, newest first: page 1 tells how many pages there are, the others are fetched
     * concurrently, and the listing is read until it is proven complete: every issue that is in that state from the
     * start to the end of the call is returned, once, even while Gogs creates, closes and reopens issues (see
     * docs/client.md). {@link IssueState#ALL} merges the open and the closed listing in the server's order (creation
     * time, newest first); an issue that changed state meanwhile appears once.
     */
    public List<Issue> list(IssueState state) {
        ListingSession session = paginator.session();
        if (state == IssueState.ALL) {
            ExactListing<Issue> open = session.listing(listing("open"));
            ExactListing<Issue> closed = session.listing(listing("closed"));
            watchChanges(session, open);
            session.pass();
            session.settle();
            return provenAll(session, open, closed);
        }
        ExactListing<Issue> listing = session.listing(listing(stateParameter(state)));
        watchChanges(session, state == IssueState.OPEN ? listing : null);
        session.pass();
        session.settle();
        return listing.items();
    }

    /**
     * The same issues as {@link #list(IssueState)}, fetched one page at a time as the stream is consumed: for callers
     * that stop early (the newest issue matching a filter, the first N). Consumed to the end, it holds every issue
     * {@code list} would; the few that only the final check of the listing finds come last.
     */
    public Stream<Issue> stream(IssueState state) {
        ListingSession session = paginator.session();
        if (state == IssueState.ALL) {
            ExactListing<Issue> open = session.listing(listing("open"));
            ExactListing<Issue> closed = session.listing(listing("closed"));
            watchChanges(session, open);
            // Proven together once the pages of both ran out: one look at the change log, not one per listing.
            Stream<Issue> pages = IssueOrder.mergeLazily(Paginator.pages(open), Paginator.pages(closed));
            Stream<Issue> proven = Paginator.afterProof(session, () -> provenAll(session, open, closed));
            Set<Long> emitted = new HashSet<>();
            return Stream.concat(pages, proven).filter(issue -> emitted.add(issue.number()));
        }
        ExactListing<Issue> listing = session.listing(listing(stateParameter(state)));
        watchChanges(session, state == IssueState.OPEN ? listing : null);
        return Paginator.stream(session, listing);
    }

    /** Lets the session prove its listings with the repository's change log ({@code open}: the open listing, if read). */
    private void watchChanges(ListingSession session, ExactListing<Issue> open) {
        session.changeLog(new IssueChangeLog(caller, repo, open, session.sequence(), session.executor()));
    }

    /** Both proven listings merged, with the issues that changed state meanwhile and that neither returned. */
    private List<Issue> provenAll(ListingSession session, ExactListing<Issue> open, ExactListing<Issue> closed) {
        List<Issue> merged = IssueOrder.merge(open.items(), closed.items());
        return IssueOrder.merge(merged, changedMeanwhile(session, merged));
    }

    /**
     * The issues that were closed or reopened while both listings were read and that neither listing returned (an
     * issue can leave one listing before its page is read and enter the other after its page was read).
     */
    private List<Issue> changedMeanwhile(ListingSession session, List<Issue> found) {
        Set<Long> missing = new TreeSet<>(session.changedItems());
        found.forEach(issue -> missing.remove(issue.number()));
        List<Issue> issues = new ArrayList<>();
        for (long number : missing) {
            Issue issue = get(number);
            if (!issue.isPullRequest()) {
                issues.add(issue);
            }
        }
        issues.sort(IssueOrder.SERVER_ORDER);
        return issues;
    }

    /** An issue, or a pull request, by its number. */
    public Issue get(long number) {
        return caller.call(ApiRequest.get(repo.path("issues").segment(number)), Issue.class);
    }

    public Issue create(NewIssue issue) {
        return caller.call(ApiRequest.of("POST", repo.path("issues"), issue), Issue.class);
    }

    /** Applies the changes and returns the issue as it is now (Gogs answers 201 here). */
    public Issue edit(long number, IssueEdit changes) {
        return caller.call(ApiRequest.of("PATCH", repo.path("issues").segment(number), changes), Issue.class);
    }

    private ListingSpec<Issue> listing(String state) {
        return new ListingSpec<>(
                ApiRequest.get(repo.path("issues")).withQuery("state", state),
                IssuesApi::parse,
                Issue::number,
                0,
                DEFAULT_PAGE_SIZE,
                IssueOrder.NEWEST_CREATED_FIRST);
    }

    private static String stateParameter(IssueState state) {
        return state == IssueState.CLOSED ? "closed" : "open";
    }

    private static List<Issue> parse(byte[] body) throws IOException {
        return JsonCodec.read(body, ISSUES);
    }
}
