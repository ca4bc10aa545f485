package io.jenkins.plugins.gogs.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.jenkins.plugins.gogs.client.model.Issue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Link header that points at another host (a misconfigured EXTERNAL_URL, or a hostile server). */
class HostileLinkHeaderTest {

    private static final String ISSUES = "/api/v1/repos/alice/demo/issues";
    private static final String COMMENTS = "/api/v1/repos/alice/demo/issues/comments";

    @RegisterExtension
    static WireMockExtension gogs = StubbedGogs.server();

    @RegisterExtension
    static WireMockExtension attacker = StubbedGogs.server();

    private void stubThreeClosedPagesLinkingTo(String linkBase) {
        String link = "<" + linkBase + "/api/v1/repos/alice/demo/issues?page=2>; rel=\"next\"," + "<" + linkBase
                + "/api/v1/repos/alice/demo/issues?page=3>; rel=\"last\"";
        gogs.stubFor(get(urlPathEqualTo(ISSUES))
                .withQueryParam("state", equalTo("closed"))
                .withQueryParam("page", equalTo("1"))
                .willReturn(okJson(StubbedGogs.issuesJson(30, 29)).withHeader("Link", link)));
        gogs.stubFor(get(urlPathEqualTo(ISSUES))
                .withQueryParam("state", equalTo("closed"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(okJson(StubbedGogs.issuesJson(28, 27))));
        gogs.stubFor(get(urlPathEqualTo(ISSUES))
                .withQueryParam("state", equalTo("closed"))
                .withQueryParam("page", equalTo("3"))
                .willReturn(okJson(StubbedGogs.issuesJson(26))));
        gogs.stubFor(get(urlPathEqualTo(COMMENTS)).willReturn(okJson("[]"))); // nothing closed or reopened meanwhile
        attacker.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(okJson(StubbedGogs.issuesJson(666))));
    }

    @Test
    void takesOnlyThePageCountFromTheLinkAndAsksItsOwnServerKeepingTheState() {
        stubThreeClosedPagesLinkingTo(attacker.baseUrl());

        try (GogsClient client = StubbedGogs.clientFor(gogs.getRuntimeInfo()).build()) {
            List<Issue> issues = client.repo("alice", "demo").issues().list(IssueState.CLOSED);
            assertThat(issues).extracting(Issue::number).containsExactly(30L, 29L, 28L, 27L, 26L);
        }
        assertThat(attacker.getAllServeEvents())
                .as("requests to the host named in Link")
                .isEmpty();
        gogs.verify(1, getRequestedFor(urlPathEqualTo(COMMENTS)));
        gogs.verify(
                3,
                getRequestedFor(urlPathEqualTo(ISSUES))
                        .withQueryParam("state", equalTo("closed"))
                        .withHeader("Authorization", equalTo("token " + StubbedGogs.TOKEN)));
    }

    @Test
    void theLazyStreamDoesTheSame() {
        stubThreeClosedPagesLinkingTo(attacker.baseUrl());

        try (GogsClient client = StubbedGogs.clientFor(gogs.getRuntimeInfo()).build()) {
            List<Long> numbers = client.repo("alice", "demo").issues().stream(IssueState.CLOSED)
                    .map(Issue::number)
                    .toList();
            assertThat(numbers).containsExactly(30L, 29L, 28L, 27L, 26L);
        }
        assertThat(attacker.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesALinkHeaderThatAnnouncesAnAbsurdNumberOfPages() {
        gogs.stubFor(get(urlPathEqualTo(ISSUES))
                .willReturn(okJson(StubbedGogs.issuesJson(1))
                        .withHeader("Link", "<" + gogs.baseUrl() + ISSUES + "?page=999999999>; rel=\"last\"")));

        try (GogsClient client = StubbedGogs.clientFor(gogs.getRuntimeInfo()).build()) {
            assertThatThrownBy(() -> client.repo("alice", "demo").issues().list(IssueState.OPEN))
                    .isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("999999999 pages");
        }
        gogs.verify(1, getRequestedFor(urlPathEqualTo(ISSUES)));
    }
}
