package io.jenkins.plugins.gogs.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.jenkins.plugins.gogs.client.model.NewIssue;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults a real Gogs cannot produce on demand: 5xx, resets, slowness. */
class RetryAndTimeoutTest {

    private static final String USER = "/api/v1/users/alice";
    private static final String ALICE = "{\"id\":7,\"username\":\"alice\",\"login\":\"alice\"}";

    @RegisterExtension
    static WireMockExtension stub = StubbedGogs.server();

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void retriesAGetAfterABadGatewayOrUnavailableAndSucceeds(int status) {
        stub.stubFor(get(USER)
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(status(status))
                .willSetStateTo("up"));
        stub.stubFor(get(USER).inScenario("flaky").whenScenarioStateIs("up").willReturn(okJson(ALICE)));
        RequestCounter counter = new RequestCounter();

        try (GogsClient client =
                StubbedGogs.clientFor(stub.getRuntimeInfo()).listener(counter).build()) {
            assertThat(client.users().get("alice").username()).isEqualTo("alice");
        }
        assertThat(counter.count()).isEqualTo(2);
    }

    @Test
    void givesUpAfterTheConfiguredRetriesWithAServerError() {
        stub.stubFor(get(USER).willReturn(status(503)));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo()).build()) {
            assertThatThrownBy(() -> client.users().get("alice"))
                    .isInstanceOf(ServerErrorException.class)
                    .hasMessageContaining("GET /api/v1/users/alice")
                    .hasMessageContaining("503");
        }
        stub.verify(3, getRequestedFor(urlPathEqualTo(USER)));
    }

    @Test
    void doesNotRetryAnInternalServerError() {
        stub.stubFor(
                get(USER)
                        .willReturn(
                                status(500)
                                        .withBody(
                                                "{\"message\":\"Something went wrong, please check the server logs for more information.\"}")));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo()).build()) {
            assertThatThrownBy(() -> client.users().get("alice"))
                    .isInstanceOf(ServerErrorException.class)
                    .hasMessageContaining("Something went wrong");
        }
        stub.verify(1, getRequestedFor(urlPathEqualTo(USER)));
    }

    @Test
    void neverRetriesAPostThatMayHaveTakenEffect() {
        stub.stubFor(post("/api/v1/repos/alice/demo/issues").willReturn(status(503)));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo()).build()) {
            assertThatThrownBy(() -> client.repo("alice", "demo").issues().create(NewIssue.titled("once")))
                    .isInstanceOf(ServerErrorException.class);
        }
        stub.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/repos/alice/demo/issues")));
    }

    @Test
    void retriesAGetWhoseConnectionWasReset() {
        stub.stubFor(get(USER)
                .inScenario("reset")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("up"));
        stub.stubFor(get(USER).inScenario("reset").whenScenarioStateIs("up").willReturn(okJson(ALICE)));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo()).build()) {
            assertThat(client.users().get("alice").id()).isEqualTo(7);
        }
        stub.verify(2, getRequestedFor(urlPathEqualTo(USER)));
    }

    @Test
    void reportsAConnectionThatKeepsBeingResetAsUnreachable() {
        stub.stubFor(get(USER).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo()).build()) {
            assertThatThrownBy(() -> client.users().get("alice"))
                    .isInstanceOf(UnreachableException.class)
                    .hasMessageContaining("GET /api/v1/users/alice")
                    .hasMessageNotContaining(StubbedGogs.TOKEN);
        }
        stub.verify(3, getRequestedFor(urlPathEqualTo(USER)));
    }

    @Test
    void doesNotRetryAPostWhoseConnectionWasReset() {
        stub.stubFor(post("/api/v1/repos/alice/demo/issues")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo()).build()) {
            assertThatThrownBy(() -> client.repo("alice", "demo").issues().create(NewIssue.titled("once")))
                    .isInstanceOf(UnreachableException.class);
        }
        stub.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/repos/alice/demo/issues")));
    }

    @Test
    void givesUpOnASlowResponseAfterTheReadTimeoutWithoutAskingAgain() {
        stub.stubFor(get(USER).willReturn(okJson(ALICE).withFixedDelay(3_000)));

        try (GogsClient client = StubbedGogs.clientFor(stub.getRuntimeInfo())
                .readTimeout(Duration.ofMillis(300))
                .build()) {
            assertThatThrownBy(() -> client.users().get("alice"))
                    .isInstanceOf(UnreachableException.class)
                    .hasMessageContaining("read timeout");
        }
        stub.verify(1, getRequestedFor(urlPathEqualTo(USER)));
    }

    @Test
    void reportsAnUntrustedCertificateAsUnreachableWithoutRetrying() {
        WireMockServer tls = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort());
        tls.start();
        try (GogsClient client = GogsClient.builder("https://localhost:" + tls.httpsPort())
                .credentials(GogsCredentials.token(StubbedGogs.TOKEN))
                .build()) {
            tls.stubFor(get(USER).willReturn(okJson(ALICE)));
            assertThatThrownBy(() -> client.users().get("alice"))
                    .isInstanceOf(UnreachableException.class)
                    .hasMessageContaining("TLS failed");
            assertThat(tls.getAllServeEvents()).isEmpty();
        } finally {
            tls.stop();
        }
    }

    @Test
    void reportsARefusedConnectionAsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (GogsClient client = GogsClient.builder("http://127.0.0.1:" + closedPort)
                .credentials(GogsCredentials.token(StubbedGogs.TOKEN))
                .retryPolicy(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)))
                .build()) {
            assertThatThrownBy(() -> client.users().authenticated())
                    .isInstanceOf(UnreachableException.class)
                    .hasMessageContaining("GET /api/v1/user")
                    .hasMessageContaining("connection refused");
        }
    }
}
