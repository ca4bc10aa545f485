package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.client.model.IssueEdit;
import io.jenkins.plugins.gogs.client.model.NewIssue;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The issues of one repository. Gogs lists them newest first, a page size it fixes itself ({@code ISSUE_PAGING_NUM},
 * 10 by default), without pull requests; a pull request can still be read by number with {@link #get(long)}.
 */
public final class IssuesApi {

    private static final TypeReference<List<Issue>> ISSUES = new TypeReference<>() {};

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
     * concurrently. {@link IssueState#ALL} merges the open and the closed listing in the server's order (creation
     * time, newest first); an issue that changed state between the two listings appears once, as last seen.
     */
    public List<Issue> list(IssueState state) {
        if (state == IssueState.ALL) {
            List<List<Issue>> both =
                    paginator.all(List.of(listing("open"), listing("closed")), IssuesApi::parse, Issue::number);
            return IssueOrder.merge(both.get(0), both.get(1));
        }
        return paginator
                .all(List.of(listing(stateParameter(state))), IssuesApi::parse, Issue::number)
                .get(0);
    }

    /**
     * The same issues as {@link #list(IssueState)}, fetched one page at a time as the stream is consumed: for callers
     * that stop early (the newest issue matching a filter, the first N).
     */
    public Stream<Issue> stream(IssueState state) {
        if (state == IssueState.ALL) {
            return IssueOrder.mergeLazily(
                    paginator.stream(listing("open"), IssuesApi::parse, Issue::number),
                    paginator.stream(listing("closed"), IssuesApi::parse, Issue::number));
        }
        return paginator.stream(listing(stateParameter(state)), IssuesApi::parse, Issue::number);
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

    private ApiRequest listing(String state) {
        return ApiRequest.get(repo.path("issues")).withQuery("state", state);
    }

    private static String stateParameter(IssueState state) {
        return state == IssueState.CLOSED ? "closed" : "open";
    }

    private static List<Issue> parse(byte[] body) throws IOException {
        return JsonCodec.read(body, ISSUES);
    }
}
