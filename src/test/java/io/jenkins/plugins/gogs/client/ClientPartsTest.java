package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.model.AccessToken;
import io.jenkins.plugins.gogs.client.model.NewHook;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client's pure logic: path encoding, Link parsing, secrets kept out of text, settings checked early. */
class ClientPartsTest {

    @ParameterizedTest
    @CsvSource({
        "feature/x, /feature/x",
        "/a//b/, /a/b",
        "fünf/straße, /f%C3%BCnf/stra%C3%9Fe",
        "'with space/100%', /with%20space/100%25",
        "a?b#c, /a%3Fb%23c",
    })
    void encodesEveryPartOfANameWithSlashesButKeepsTheSlashes(String name, String expected) {
        assertThat(ApiPath.of().slashed(name).toString()).isEqualTo(expected);
    }

    @Test
    void encodesASlashInsideASingleSegment() {
        assertThat(ApiPath.of("users").segment("a/b").toString()).isEqualTo("/users/a%2Fb");
    }

    @Test
    void refusesDotSegmentsThatWouldClimbOutOfTheRepository() {
        assertThatThrownBy(() -> ApiPath.of("repos").segment("alice").segment(".."))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiPath.of().slashed("docs/../../secret"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheLastPageFromGogsLinkHeader() {
        String header = "<http://other.example/api/v1/repos/a/b/issues?page=3>; rel=\"next\","
                + "<http://other.example/api/v1/repos/a/b/issues?page=201>; rel=\"last\","
                + "<http://other.example/api/v1/repos/a/b/issues?page=1>; rel=\"first\","
                + "<http://other.example/api/v1/repos/a/b/issues?page=1>; rel=\"prev\"";
        assertThat(LinkHeader.lastPage(header)).hasValue(201);
        assertThat(LinkHeader.lastPage("<http://x/?page=1>; rel=\"first\"")).isEmpty();
        assertThat(LinkHeader.lastPage(null)).isEmpty();
        assertThat(LinkHeader.lastPage("<http://x/?lastpage=9>; rel=\"last\"")).isEmpty();
    }

    @Test
    void neverShowsSecretsInText() {
        String token = "0123456789abcdef0123456789abcdef01234567";
        assertThat(GogsCredentials.token(token).toString()).doesNotContain(token);
        assertThat(GogsCredentials.password("alice", "hunter2").toString())
                .contains("alice")
                .doesNotContain("hunter2");
        assertThat(new AccessToken("ci", token).toString()).contains("ci").doesNotContain(token);
        assertThat(NewHook.json("http://jenkins/gogs-webhook/", "s3cr3t", List.of("push"))
                        .toString())
                .doesNotContain("s3cr3t");
        try (GogsClient client = GogsClient.builder("http://gogs.example.com")
                .credentials(GogsCredentials.token(token))
                .build()) {
            assertThat(client.toString()).contains("http://gogs.example.com").doesNotContain(token);
        }
    }

    @Test
    void tokenEndpointsNeedAPasswordCredentialAndSaySoBeforeAnyRequest() {
        try (GogsClient client = GogsClient.builder("http://gogs.example.com")
                .credentials(GogsCredentials.token("0123456789abcdef0123456789abcdef01234567"))
                .build()) {
            assertThatThrownBy(() -> client.tokens().list())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("username and password");
        }
    }

    @Test
    void checksSettingsWhenTheyAreGiven() {
        GogsClientBuilder builder = GogsClient.builder("https://gogs.example.com/");
        assertThatThrownBy(() -> builder.readTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.pageConcurrency(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GogsCredentials.token("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GogsClient.builder("gogs.example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backsOffExponentiallyUpToTheLimit() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(300));
        assertThat(policy.delayBefore(1)).isBetween(Duration.ofMillis(80), Duration.ofMillis(100));
        assertThat(policy.delayBefore(2)).isBetween(Duration.ofMillis(160), Duration.ofMillis(200));
        assertThat(policy.delayBefore(5)).isBetween(Duration.ofMillis(240), Duration.ofMillis(300));
    }

    @Test
    void readsRfc3339TimesWithAnyOffsetAndTreatsGoZeroTimeAsUnknown() throws Exception {
        byte[] json = ("{\"number\":3,\"created_at\":\"2024-05-01T10:20:30+02:00\","
                        + "\"updated_at\":\"2024-05-01T03:20:30.123456789-05:30\","
                        + "\"pull_request\":{\"merged\":true,\"merged_at\":\"0001-01-01T00:00:00Z\"},\"unknown\":1}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        io.jenkins.plugins.gogs.client.model.Issue issue =
                JsonCodec.read(json, io.jenkins.plugins.gogs.client.model.Issue.class);

        assertThat(issue.createdAt()).isEqualTo(java.time.OffsetDateTime.parse("2024-05-01T10:20:30+02:00"));
        assertThat(issue.createdAt().getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(issue.updatedAt().toInstant()).isEqualTo(java.time.Instant.parse("2024-05-01T08:50:30.123456789Z"));
        assertThat(issue.pullRequest().mergedAt()).isNull();
        assertThat(issue.labels()).isEmpty();
    }

    @Test
    void matchesNoProxyPatternsLikeJenkins() {
        ProxySettings proxy = ProxySettings.of("proxy", 3128).withNoProxyHosts(List.of("*.internal", "10.*", "gogs"));
        assertThat(proxy.bypasses("git.INTERNAL")).isTrue();
        assertThat(proxy.bypasses("10.1.2.3")).isTrue();
        assertThat(proxy.bypasses("gogs")).isTrue();
        assertThat(proxy.bypasses("gogs.example.com")).isFalse();
        assertThat(proxy.bypasses("internal")).isFalse();
    }
}
