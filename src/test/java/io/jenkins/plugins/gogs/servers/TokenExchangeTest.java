package io.jenkins.plugins.gogs.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.RetryPolicy;
import io.jenkins.plugins.gogs.client.model.AccessToken;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RealGogs
class TokenExchangeTest {

    private static GogsServer gogs;
    private final List<GogsClient> built = new ArrayList<>();

    @BeforeAll
    static void start(GogsServer server) {
        gogs = server;
    }

    @AfterEach
    void closeClients() {
        built.forEach(GogsClient::close);
    }

    @Test
    void mintsAWorkingTokenNamedAfterJenkinsAndKeepsNoPassword() {
        GogsUser alice = gogs.createUser("alice");

        MintedToken minted = exchange(gogs.url())
                .mint(alice.name(), alice.password(), TokenNaming.tokenName("https://ci.example.com/jenkins/"));

        assertThat(minted.name()).isEqualTo("jenkins-ci.example.com");
        assertThat(minted.username()).isEqualTo(alice.name());
        assertThat(minted.token()).matches("[0-9a-f]{40}");
        try (GogsClient withToken = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token(minted.token()))
                .build()) {
            assertThat(withToken.users().authenticated().username()).isEqualTo(alice.name());
        }
        assertThat(minted.toString())
                .contains("jenkins-ci.example.com")
                .doesNotContain(minted.token())
                .doesNotContain(alice.password());
        // a record holding the password would show it in its components; there is none
        assertThat(MintedToken.class.getRecordComponents())
                .extracting(c -> c.getName())
                .containsExactly("name", "username", "fullName", "token");
    }

    @Test
    void aSecondExchangeGetsTheNextFreeName() {
        GogsUser bob = gogs.createUser("bob");
        TokenExchange exchange = exchange(gogs.url());

        MintedToken first = exchange.mint(bob.name(), bob.password(), "jenkins-ci");
        MintedToken second = exchange.mint(bob.name(), bob.password(), "jenkins-ci");

        assertThat(first.name()).isEqualTo("jenkins-ci");
        assertThat(second.name()).isEqualTo("jenkins-ci-2");
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(tokenNames(bob)).contains("jenkins-ci", "jenkins-ci-2");
    }

    @Test
    void skipsNamesTheUserAlreadyHasInGogs() {
        GogsUser carol = gogs.createUser("carol");
        GogsClient withPassword = client(gogs.url(), GogsCredentials.password(carol.name(), carol.password()));
        withPassword.tokens().create("jenkins-ci");
        withPassword.tokens().create("jenkins-ci-2");

        MintedToken minted = exchange(gogs.url()).mint(carol.name(), carol.password(), "jenkins-ci");

        assertThat(minted.name()).isEqualTo("jenkins-ci-3");
    }

    @Test
    void givesUpWithAClearMessageWhenEveryNameIsTaken() {
        GogsUser dave = gogs.createUser("dave");
        GogsClient withPassword = client(gogs.url(), GogsCredentials.password(dave.name(), dave.password()));
        TokenNaming.candidates("busy", TokenExchange.MAX_NAMES).forEach(withPassword.tokens()::create);

        assertThatThrownBy(() -> exchange(gogs.url()).mint(dave.name(), dave.password(), "busy"))
                .isInstanceOf(TokenExchangeException.class)
                .hasMessageContaining("already has Gogs access tokens named busy to busy-" + TokenExchange.MAX_NAMES)
                .hasMessageNotContaining(dave.password());
        assertThat(tokenNames(dave)).filteredOn(n -> n.startsWith("busy")).hasSize(TokenExchange.MAX_NAMES);
    }

    @Test
    void aWrongPasswordMintsNothingAndIsNeverQuoted() {
        GogsUser erin = gogs.createUser("erin");
        String wrong = "wrong-" + erin.password();
        List<String> tokensBefore = tokenNames(erin);
        Logger root = Logger.getLogger("");
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        Handler capture =
                new StreamHandler(new PrintStream(logged, true, StandardCharsets.UTF_8), new SimpleFormatter());
        capture.setLevel(Level.ALL);
        Logger plugin = Logger.getLogger("io.jenkins.plugins.gogs");
        Level previous = plugin.getLevel();
        plugin.setLevel(Level.ALL); // the client logs every request at FINE
        root.addHandler(capture);
        try {
            assertThatThrownBy(() -> exchange(gogs.url()).mint(erin.name(), wrong, "jenkins-ci"))
                    .isInstanceOf(TokenExchangeException.class)
                    .hasMessageContaining("No access token was created")
                    .hasMessageContaining("rejected the username or password of " + erin.name())
                    .hasMessageNotContaining(wrong)
                    .satisfies(e ->
                            assertThat(((TokenExchangeException) e).status()).isEqualTo(401))
                    .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain(wrong));
        } finally {
            capture.flush();
            root.removeHandler(capture);
            plugin.setLevel(previous);
        }
        assertThat(logged.toString(StandardCharsets.UTF_8)).doesNotContain(wrong);
        assertThat(tokenNames(erin)).isEqualTo(tokensBefore);
    }

    @Test
    void anUnreachableServerSaysWhy() {
        String url = "http://127.0.0.1:" + NotGogs.closedPort();

        assertThatThrownBy(() -> exchange(url).mint("frank", "secret-password", "jenkins-ci"))
                .isInstanceOf(TokenExchangeException.class)
                .hasMessageContaining("Cannot reach " + url + ": connection refused")
                .hasMessageNotContaining("secret-password");
    }

    @Test
    void refusesAnEmptyPasswordBeforeAskingGogs() {
        assertThatThrownBy(() -> exchange(gogs.url()).mint("frank", "", "jenkins-ci"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The password of frank is empty");
    }

    private List<String> tokenNames(GogsUser user) {
        return client(gogs.url(), GogsCredentials.password(user.name(), user.password())).tokens().list().stream()
                .map(AccessToken::name)
                .toList();
    }

    @Test
    void aPasswordThatIsAWorkingTokenIsRecognisedAndOthersAreNot() {
        GogsUser heidi = gogs.createUser("heidi");
        TokenExchange exchange = exchange(gogs.url());

        assertThat(exchange.isAccessToken(heidi.token())).isTrue();
        assertThat(exchange.isAccessToken(heidi.password()))
                .as("the account password")
                .isFalse();
        assertThat(exchange.isAccessToken("0123456789abcdef0123456789abcdef01234567"))
                .as("a token of the right shape that Gogs does not know")
                .isFalse();
        assertThat(TokenExchange.looksLikeToken(heidi.token())).isTrue();
        assertThat(TokenExchange.looksLikeToken(heidi.token().toUpperCase(java.util.Locale.ROOT)))
                .isFalse();
    }

    @Test
    void recognisingATokenNeedsGogsToAnswer() {
        TokenExchange exchange = exchange("http://127.0.0.1:" + NotGogs.closedPort());

        assertThatThrownBy(() -> exchange.isAccessToken("0123456789abcdef0123456789abcdef01234567"))
                .isInstanceOf(TokenExchangeException.class)
                .hasMessageContaining("connection refused")
                .hasMessageNotContaining("0123456789abcdef");
    }

    private TokenExchange exchange(String url) {
        return new TokenExchange(credentials -> GogsClient.builder(url)
                .credentials(credentials)
                .retryPolicy(RetryPolicy.NONE)
                .build());
    }

    private GogsClient client(String url, GogsCredentials credentials) {
        GogsClient client = GogsClient.builder(url).credentials(credentials).build();
        built.add(client);
        return client;
    }
}
