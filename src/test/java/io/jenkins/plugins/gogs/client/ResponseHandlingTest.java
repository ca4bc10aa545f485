package io.jenkins.plugins.gogs.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers no real Gogs gives: malformed JSON, HTML from a proxy, redirects elsewhere. */
class ResponseHandlingTest {

    @RegisterExtension
    static WireMockExtension stub = StubbedGogs.server();

    @RegisterExtension
    static WireMockExtension elsewhere = StubbedGogs.server();

    @Test
    void reportsMalformedJsonAsAnUnexpectedResponse() {
        stub.stubFor(get("/api/v1/user").willReturn(okJson("{\"id\": 1, \"username\": ")));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo()).build()) {
            assertThatThrownBy(() -> client.users().authenticated())
                    .isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("GET /api/v1/user")
                    .hasMessageContaining("not the expected JSON");
        }
    }

    @Test
    void reportsAnHtmlPageWhereJsonWasExpectedWithoutQuotingIt() {
        stub.stubFor(get("/api/v1/user")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Sign in to the proxy</body></html>")));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo()).build()) {
            assertThatThrownBy(() -> client.users().authenticated())
                    .isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("HTML page")
                    .hasMessageNotContaining("Sign in");
        }
    }

    @Test
    void reportsAnEmptySuccessBodyWhereJsonWasExpected() {
        stub.stubFor(get("/api/v1/user").willReturn(aResponse().withStatus(200)));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo()).build()) {
            assertThatThrownBy(() -> client.users().authenticated())
                    .isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("empty");
        }
    }

    @Test
    void doesNotFollowARedirectAndSoNeverSendsTheTokenElsewhere() {
        stub.stubFor(get("/api/v1/user")
                .willReturn(aResponse().withStatus(302).withHeader("Location", elsewhere.baseUrl() + "/api/v1/user")));
        elsewhere.stubFor(get("/api/v1/user").willReturn(okJson("{\"id\":1,\"username\":\"mallory\"}")));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo()).build()) {
            assertThatThrownBy(() -> client.users().authenticated())
                    .isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("redirect");
        }
        assertThat(elsewhere.getAllServeEvents()).isEmpty();
    }

    @Test
    void sendsTheTokenOnlyInTheAuthorizationHeaderAndNamesThePluginInTheUserAgent() {
        stub.stubFor(get("/api/v1/user").willReturn(okJson("{\"id\":1,\"username\":\"alice\"}")));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo()).build()) {
            client.users().authenticated();
        }
        stub.verify(getRequestedFor(urlPathEqualTo("/api/v1/user"))
                .withHeader("Authorization", equalTo("token " + StubbedGogs.TOKEN))
                .withHeader("User-Agent", matching("Jenkins-Gogs-Plugin/.+")));
        assertThat(stub.getAllServeEvents().get(0).getRequest().getUrl()).doesNotContain(StubbedGogs.TOKEN);
    }
}
