package io.jenkins.plugins.gogs.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client through an HTTP proxy (stubbed: the proxy is not Gogs), with proxy authentication and exclusions. */
class ProxyTest {

    private static final String ME = "{\"id\":1,\"username\":\"alice\",\"login\":\"alice\"}";

    @RegisterExtension
    static WireMockExtension proxy = StubbedGogs.server();

    @RegisterExtension
    static WireMockExtension gogs = StubbedGogs.server();

    @Test
    void sendsRequestsForTheServerThroughTheProxyAndAnswersItsChallenge() {
        String proxyAuth = "Basic " + Base64.getEncoder().encodeToString("bob:pr0xy".getBytes(StandardCharsets.UTF_8));
        proxy.stubFor(get("/api/v1/user")
                .withHeader("Proxy-Authorization", absent())
                .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")));
        proxy.stubFor(get("/api/v1/user")
                .withHeader("Proxy-Authorization", equalTo(proxyAuth))
                .willReturn(okJson(ME)));
        ProxySettings settings = ProxySettings.of("localhost", proxy.getPort()).withCredentials("bob", "pr0xy");

        // gogs.invalid cannot be resolved: only a proxy can carry the request.
        try (GogsClient client = GogsClient.builder("http://gogs.invalid:3000")
                .credentials(GogsCredentials.token(StubbedGogs.TOKEN))
                .proxy(settings)
                .build()) {
            assertThat(client.users().authenticated().username()).isEqualTo("alice");
        }
        proxy.verify(getRequestedFor(urlPathEqualTo("/api/v1/user"))
                .withHeader("Host", equalTo("gogs.invalid:3000"))
                .withHeader("Proxy-Authorization", equalTo(proxyAuth)));
        assertThat(settings.toString()).doesNotContain("pr0xy");
    }

    @Test
    void goesDirectlyToHostsExcludedFromTheProxy() {
        gogs.stubFor(get("/api/v1/user").willReturn(okJson(ME)));
        ProxySettings settings =
                ProxySettings.of("localhost", proxy.getPort()).withNoProxyHosts(List.of("*.example.com", "LOCAL*"));

        try (GogsClient client =
                StubbedGogs.clientFor(gogs.getRuntimeInfo()).proxy(settings).build()) {
            assertThat(client.users().authenticated().username()).isEqualTo("alice");
        }
        assertThat(proxy.getAllServeEvents()).isEmpty();
        gogs.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/user")));
    }
}
