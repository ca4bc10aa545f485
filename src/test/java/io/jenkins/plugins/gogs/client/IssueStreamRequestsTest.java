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
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the lazy stream of all issues costs on a server where nothing changes: the same as the list, its pages and one
 * look at what changed meanwhile, also when the open issues end long before the closed ones (the usual repository:
 * old issues closed, recent ones open). Stubbed, because only a server that has been quiet for some seconds lets the
 * first look prove the pages (docs/client.md), which a real Gogs just seeded is not.
 */
class IssueStreamRequestsTest {

    private static final String ISSUES = "/api/v1/repos/alice/demo/issues";
    private static final String COMMENTS = "/api/v1/repos/alice/demo/issues/comments";

    @RegisterExtension
    static WireMockExtension gogs = StubbedGogs.server();

    /** Open: #30 to #19 (pages of 10 and 2), created on 2 May; closed: #18 to #1 (10 and 8), created on 1 May. */
    @BeforeEach
    void twoPagesOfNewerOpenAndTwoOfOlderClosedIssues() {
        stubPage("open", 1, newest(30, 21, "2024-05-02T10:00:00Z"), true);
        stubPage("open", 2, newest(20, 19, "2024-05-02T10:00:00Z"), false);
        stubPage("closed", 1, newest(18, 9, "2024-05-01T10:00:00Z"), true);
        stubPage("closed", 2, newest(8, 1, "2024-05-01T10:00:00Z"), false);
        gogs.stubFor(get(urlPathEqualTo(COMMENTS)).willReturn(okJson("[]"))); // nothing closed or reopened
        gogs.stubFor(get(urlPathEqualTo("/api/v1/repos/alice/demo"))
                .willReturn(okJson("{\"id\":1,\"name\":\"demo\",\"open_issues_count\":12}")));
    }

    private static String newest(int from, int to, String createdAt) {
        return StubbedGogs.issuesJson(
                createdAt, IntStream.iterate(from, n -> n >= to, n -> n - 1).toArray());
    }

    private void stubPage(String state, int page, String json, boolean announcesPage2) {
        ResponseDefinitionBuilder answer = okJson(json);
        if (announcesPage2) {
            String next = "<" + gogs.baseUrl() + ISSUES + "?page=2>";
            answer = answer.withHeader("Link", next + "; rel=\"next\", " + next + "; rel=\"last\"");
        }
        gogs.stubFor(get(urlPathEqualTo(ISSUES))
                .withQueryParam("state", equalTo(state))
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(answer));
    }

    @Test
    void theStreamOfAllIssuesLooksOnceAfterBothListingsLikeTheList() {
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

            List<Long> all = IntStream.iterate(30, n -> n >= 1, n -> n - 1)
                    .mapToObj(n -> (long) n)
                    .toList();
            assertThat(listed).isEqualTo(all);
            assertThat(streamed).isEqualTo(all);
            // 2 pages of each listing, then page 1 of the open issues again, the repository and the comments
            assertThat(listRequests).isEqualTo(7);
            assertThat(streamRequests).isEqualTo(7);
        }
        gogs.verify(2, getRequestedFor(urlPathEqualTo(COMMENTS)));
    }
}
