package io.jenkins.plugins.gogs.servers;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsClientBuilder;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.RetryPolicy;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Outcome;
import io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Severity;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RealGogs
class ConnectionCheckTest {

    private static GogsServer gogs;
    private static GogsUser alice;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeAll
    static void seed(GogsServer server) {
        gogs = server;
        alice = server.createUser("alice");
        alice.createRepository("first").withInitialCommit();
        alice.createRepository("second").privateRepo().empty();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    @Test
    void aGoodTokenNamesItsUserAndTheRepositoriesItCanRead() {
        ConnectionCheckResult result =
                ConnectionCheck.withToken(client(gogs.url(), GogsCredentials.token(alice.token())));

        assertThat(result.outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(result.severity()).isEqualTo(Severity.OK);
        assertThat(result.message())
                .startsWith("Connected to Gogs as " + alice.name())
                .contains("the token can read repositories (2 visible to it)")
                .doesNotContain(alice.token());
    }

    @Test
    void aTokenCredentialNamingItsOwnerConnectsWhateverTheCase() {
        ConnectionCheckResult result = ConnectionCheck.withTokenOf(
                client(gogs.url(), GogsCredentials.token(alice.token())),
                alice.name().toUpperCase(Locale.ROOT));

        assertThat(result.outcome()).isEqualTo(Outcome.CONNECTED);
    }

    @Test
    void aTokenCredentialNamingSomeoneElseIsWarnedAbout() {
        ConnectionCheckResult result =
                ConnectionCheck.withTokenOf(client(gogs.url(), GogsCredentials.token(alice.token())), "somebody-else");

        assertThat(result.outcome()).isEqualTo(Outcome.TOKEN_OF_ANOTHER_USER);
        assertThat(result.severity()).isEqualTo(Severity.WARNING);
        assertThat(result.message())
                .startsWith("Connected to Gogs as " + alice.name())
                .contains("the credential names somebody-else")
                .contains("change the credential's username to " + alice.name())
                .doesNotContain(alice.token());
    }

    @Test
    void aUrlSpelledDifferentlyReachesTheSameGogs() {
        String spelled = gogs.url().replace("http://", "HTTP://") + "/";

        GogsClient client = client(spelled, GogsCredentials.token(alice.token()));

        assertThat(client.serverUrl()).isEqualTo(gogs.url());
        assertThat(ConnectionCheck.withToken(client).outcome()).isEqualTo(Outcome.CONNECTED);
    }

    @Test
    void aWrongTokenIsABadCredentialAndIsNeverQuoted() {
        String wrong = "0123456789abcdef0123456789abcdef01234567";

        ConnectionCheckResult result = ConnectionCheck.withToken(client(gogs.url(), GogsCredentials.token(wrong)));

        assertThat(result.outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThat(result.severity()).isEqualTo(Severity.ERROR);
        assertThat(result.message())
                .contains("rejected the token")
                .contains("401")
                .doesNotContain(wrong);
    }

    @Test
    void aPasswordIsCheckedWithoutMintingAToken() {
        GogsClient withPassword = client(gogs.url(), GogsCredentials.password(alice.name(), alice.password()));
        int tokensBefore = withPassword.tokens().list().size();

        ConnectionCheckResult result = ConnectionCheck.withPassword(withPassword, alice.name());

        assertThat(result.outcome()).isEqualTo(Outcome.PASSWORD_ACCEPTED);
        assertThat(result.message()).contains(alice.name()).doesNotContain(alice.password());
        assertThat(withPassword.tokens().list()).hasSize(tokensBefore);
    }

    @Test
    void aWrongPasswordIsABadCredentialAndIsNeverQuoted() {
        String wrong = "not-" + alice.password();

        ConnectionCheckResult result = ConnectionCheck.withPassword(
                client(gogs.url(), GogsCredentials.password(alice.name(), wrong)), alice.name());

        assertThat(result.outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThat(result.message())
                .contains("username or password of " + alice.name())
                .doesNotContain(wrong);
    }

    @Test
    void withoutACredentialGogsAnswersButTheAdminIsWarned() {
        ConnectionCheckResult result = ConnectionCheck.anonymous(client(gogs.url(), GogsCredentials.anonymous()));

        assertThat(result.outcome()).isEqualTo(Outcome.ANONYMOUS);
        assertThat(result.severity()).isEqualTo(Severity.WARNING);
        assertThat(result.message()).contains("only public repositories");
    }

    @Test
    void aClosedPortIsConnectionRefused() {
        String url = "http://127.0.0.1:" + NotGogs.closedPort();

        ConnectionCheckResult result = ConnectionCheck.withToken(client(url, GogsCredentials.token(alice.token())));

        assertThat(result.outcome()).isEqualTo(Outcome.CONNECTION_REFUSED);
        assertThat(result.message()).startsWith("Cannot reach " + url + ": connection refused");
    }

    @Test
    void anUnknownHostIsNamedAsSuch() {
        ConnectionCheckResult result =
                ConnectionCheck.withToken(client("http://no-such-gogs.invalid", GogsCredentials.token(alice.token())));

        assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN_HOST);
        assertThat(result.message()).contains("host name is unknown").contains("no-such-gogs.invalid");
    }

    @Test
    void aWebServerAnsweringHtmlIsNotGogs() {
        HttpServer intranet = NotGogs.htmlServer(200);
        toClose.add(() -> intranet.stop(0));

        ConnectionCheckResult result =
                ConnectionCheck.withToken(client(NotGogs.url(intranet), GogsCredentials.token(alice.token())));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_GOGS);
        assertThat(result.message())
                .contains("does not answer like Gogs")
                .contains("GET /api/v1/user gave HTTP 200")
                .contains("HTML")
                .doesNotContain("Welcome to the intranet")
                .contains("sub-path");
    }

    @Test
    void aWebServerWithoutTheApiIsNotGogsEvenAnonymously() {
        HttpServer intranet = NotGogs.htmlServer(404);
        toClose.add(() -> intranet.stop(0));

        ConnectionCheckResult result =
                ConnectionCheck.anonymous(client(NotGogs.url(intranet), GogsCredentials.anonymous()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_GOGS);
        assertThat(result.message()).contains("GET /api/v1/repos/search gave HTTP 404");
    }

    @Test
    void anUntrustedCertificateIsATlsFailure() {
        // A self-signed certificate, as an internal Gogs often has: only a stub serves one on demand.
        WireMockServer selfSigned =
                new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort());
        selfSigned.start();
        toClose.add(selfSigned::stop);
        String url = "https://localhost:" + selfSigned.httpsPort();

        ConnectionCheckResult result = ConnectionCheck.withToken(client(url, GogsCredentials.token(alice.token())));

        assertThat(result.outcome()).isEqualTo(Outcome.TLS_FAILED);
        assertThat(result.message()).contains("TLS handshake failed").contains("certificate");
        assertThat(selfSigned.getAllServeEvents()).isEmpty();
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        ServerSocket silent = NotGogs.silentSocket();
        toClose.add(silent);
        String url = "http://127.0.0.1:" + silent.getLocalPort();

        ConnectionCheckResult result = ConnectionCheck.withToken(track(GogsClient.builder(url)
                .credentials(GogsCredentials.token(alice.token()))
                .readTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.NONE)));

        assertThat(result.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(result.message()).contains("no response within the read timeout of 300 ms");
    }

    private GogsClient client(String url, GogsCredentials credentials) {
        return track(GogsClient.builder(url).credentials(credentials).retryPolicy(RetryPolicy.NONE));
    }

    private GogsClient track(GogsClientBuilder builder) {
        GogsClient client = builder.build();
        toClose.add(client);
        return client;
    }
}
