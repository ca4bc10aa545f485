package io.jenkins.plugins.gogs.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.jenkins.plugins.gogs.client.model.Issue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What issue listings cost on a server where nothing changes while they are read: their pages and one look at what
 * changed meanwhile, or, when the last change is too recent for its whole-second stamp to tell (docs/client.md), the
 * pages once more and a second look. Stubbed, because a real Gogs cannot be kept quiet, or its last change recent, on
 * demand (its stamps would need seconds to age).
 */
class QuietListingRequestsTest {

    private static final String ISSUES = "/api/v1/repos/alice/demo/issues";
    private static final String COMMENTS = "/api/v1/repos/alice/demo/issues/comments";

    @RegisterExtension
    static WireMockExtension gogs = StubbedGogs.server();

    private static String newest(int from, int to, String createdAt) {
        return StubbedGogs.issuesJson(
                createdAt, IntStream.iterate(from, n -> n >= to, n -> n - 1).toArray());
    }

    private static List<Long> numbersDown(int from) {
        return IntStream.iterate(from, n -> n >= 1, n -> n - 1)
                .mapToObj(n -> (long) n)
                .toList();
    }

    private void stubPage(String state, int page, String json, int lastPage) {
        ResponseDefinitionBuilder answer = okJson(json);
        if (page < lastPage) {
            String next = "<" + gogs.baseUrl() + ISSUES + "?page=" + (page + 1) + ">; rel=\"next\"";
            String last = "<" + gogs.baseUrl() + ISSUES + "?page=" + lastPage + ">; rel=\"last\"";
            answer = answer.withHeader("Link", next + ", " + last);
        }
        gogs.stubFor(get(urlPathEqualTo(ISSUES))
                .withQueryParam("state", equalTo(state))
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(answer));
    }

    private void stubRepositoryAndComments(int openIssues, String comments) {
        gogs.stubFor(get(urlPathEqualTo(COMMENTS)).willReturn(okJson(comments)));
        gogs.stubFor(get(urlPathEqualTo("/api/v1/repos/alice/demo"))
                .willReturn(okJson("{\"id\":1,\"name\":\"demo\",\"open_issues_count\":" + openIssues + "}")));
    }

    /**
     * Open: #30 to #19 (pages of 10 and 2), created on 2 May; closed: #18 to #1 (10 and 8), created on 1 May. The
     * open issues run out first, as in the usual repository (old issues closed, recent ones open).
     */
    @Test
    void theStreamOfAllIssuesLooksOnceAfterBothListingsLikeTheList() {
        stubPage("open", 1, newest(30, 21, "2024-05-02T10:00:00Z"), 2);
        stubPage("open", 2, newest(20, 19, "2024-05-02T10:00:00Z"), 2);
        stubPage("closed", 1, newest(18, 9, "2024-05-01T10:00:00Z"), 2);
        stubPage("closed", 2, newest(8, 1, "2024-05-01T10:00:00Z"), 2);
        stubRepositoryAndComments(12, "[]"); // nothing closed or reopened
        RequestCounter counter = new RequestCounter();
        try (GogsClient client =
                StubbedGogs.clientFor(gogs.getRuntimeInfo()).listener(counter).build()) {
            IssuesApi issues = client.repo("alice", "demo").issues();

            List<Long> listed =
                    issues.list(IssueState.ALL).stream().map(Issue::number).toList();
            long listRequests = counter.reset();
            List<Long> streamed =
                    issues.stream(IssueState.ALL).map(Issue::number).toList();
            long streamRequests = counter.reset();

            assertThat(listed).isEqualTo(numbersDown(30));
            assertThat(streamed).isEqualTo(numbersDown(30));
            // 2 pages of each listing, then page 1 of the open issues again, the repository and the comments
            assertThat(listRequests).isEqualTo(7);
            assertThat(streamRequests).isEqualTo(7);
        }
        gogs.verify(2, getRequestedFor(urlPathEqualTo(COMMENTS)));
    }

    /** 20 open issues, two full pages; the last close is stamped later than any read, so no stamp can place it. */
    @Test
    void afterARecentChangeTheFullLastPageIsReadAgainWithThePageAfterIt() {
        stubPage("open", 1, newest(20, 11, "2024-05-02T10:00:00Z"), 2);
        stubPage("open", 2, newest(10, 1, "2024-05-02T10:00:00Z"), 2);
        stubPage("open", 3, "[]", 3);
        String stamp = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        stubRepositoryAndComments(
                20,
                "[{\"id\":5,\"html_url\":\"" + gogs.baseUrl() + "/alice/demo/issues/21#issuecomment-5\",\"body\":\"\","
                        + "\"created_at\":\"" + stamp + "\",\"updated_at\":\"" + stamp + "\"}]");
        RequestCounter counter = new RequestCounter();
        try (GogsClient client =
                StubbedGogs.clientFor(gogs.getRuntimeInfo()).listener(counter).build()) {
            List<Issue> open = client.repo("alice", "demo").issues().list(IssueState.OPEN);

            assertThat(open).extracting(Issue::number).isEqualTo(numbersDown(20));
        }
        // Pages 1 to 3 (page 2 is full), a look (page 1, the repository, the comments) that cannot place the close;
        // pages 1 to 3 again and a second look, which finds nothing new: the pages between the looks are one state.
        assertThat(counter.count()).isEqualTo(3 + 3 + 3 + 3);
        gogs.verify(2, getRequestedFor(urlPathEqualTo(COMMENTS)));
    }
}
