package io.jenkins.plugins.gogs.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.model.AccessToken;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens exchanged for username/password credentials are kept per credential value (server, id, username,
 * password), not per id: against the real Gogs, no credential gets a second token, however its uses interleave.
 */
@RealGogs
class ExchangedTokensTest {

    private static final String ID = "gogs-login";
    private static final String TOKEN_NAME = "jenkins-ci.example.com";

    private static GogsServer gogs;
    /** Every save, as the file would receive it. */
    private final List<List<ExchangedTokens.Entry>> saves = new CopyOnWriteArrayList<>();

    private final AtomicInteger mints = new AtomicInteger();

    @BeforeAll
    static void start(GogsServer server) {
        gogs = server;
    }

    @Test
    void twoCredentialsSharingAnIdButNotTheUserMintOneTokenEachHoweverTheirUsesInterleave() {
        // two folders, each with a credential "gogs-login", one for alice, one for bob
        GogsUser alice = gogs.createUser("alice");
        GogsUser bob = gogs.createUser("bob");
        ExchangedTokens tokens = new ExchangedTokens(List.of(), saves::add);

        List<String> aliceTokens = new ArrayList<>();
        List<String> bobTokens = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            aliceTokens.add(tokenFor(tokens, alice, alice.password()));
            bobTokens.add(tokenFor(tokens, bob, bob.password()));
        }

        assertThat(aliceTokens).hasSize(4).containsOnly(aliceTokens.get(0));
        assertThat(bobTokens).hasSize(4).containsOnly(bobTokens.get(0));
        assertThat(userOf(aliceTokens.get(0))).isEqualTo(alice.name());
        assertThat(userOf(bobTokens.get(0))).isEqualTo(bob.name());
        assertThat(jenkinsTokens(alice)).containsExactly(TOKEN_NAME);
        assertThat(jenkinsTokens(bob)).containsExactly(TOKEN_NAME);
        assertThat(mints).hasValue(2);
        assertThat(saves).as("one save per minted token, none per use").hasSize(2);
        assertThat(saves.get(1)).extracting(ExchangedTokens.Entry::username).containsExactly(alice.name(), bob.name());
    }

    @Test
    void concurrentFirstUsesOfOneCredentialMintOneToken() throws Exception {
        GogsUser carol = gogs.createUser("carol");
        ExchangedTokens tokens = new ExchangedTokens(List.of(), saves::add);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return tokenFor(tokens, carol, carol.password());
                }));
            }
            start.countDown();
            List<String> got = new ArrayList<>();
            for (Future<String> result : results) {
                got.add(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(got).hasSize(threads).containsOnly(got.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jenkinsTokens(carol)).containsExactly(TOKEN_NAME);
        assertThat(mints).hasValue(1);
    }

    @Test
    void savedTokensAreUsedAfterARestartWithoutMinting() {
        GogsUser dave = gogs.createUser("dave");
        ExchangedTokens before = new ExchangedTokens(List.of(), saves::add);
        String token = tokenFor(before, dave, dave.password());

        ExchangedTokens afterRestart = new ExchangedTokens(saves.get(saves.size() - 1), saves::add);

        assertThat(tokenFor(afterRestart, dave, dave.password())).isEqualTo(token);
        assertThat(mints).hasValue(1);
        assertThat(jenkinsTokens(dave)).containsExactly(TOKEN_NAME);
    }

    @Test
    void aChangedPasswordMintsANewTokenThatReplacesTheOldOne() {
        GogsUser erin = gogs.createUser("erin");
        ExchangedTokens tokens = new ExchangedTokens(List.of(), saves::add);
        String first = tokenFor(tokens, erin, erin.password());
        String newPassword = "changed-" + erin.password();
        gogs.http()
                .patch(
                        "/api/v1/admin/users/" + erin.name(),
                        Map.of("email", erin.email(), "login_name", erin.name(), "password", newPassword),
                        gogs.admin().token());

        String second = tokenFor(tokens, erin, newPassword);

        assertThat(second).isNotEqualTo(first);
        assertThat(userOf(second)).isEqualTo(erin.name());
        assertThat(tokens.size()).as("the old value's entry is gone").isEqualTo(1);
        assertThat(tokens.find(gogs.url(), ID, erin.name(), erin.password())).isNull();
        assertThat(jenkinsTokens(erin, newPassword)).containsExactly(TOKEN_NAME, TOKEN_NAME + "-2");
    }

    @Test
    void aPasswordThatIsATokenIsUsedAsItIsAndNotSaved() {
        GogsUser frank = gogs.createUser("frank");
        ExchangedTokens tokens = new ExchangedTokens(List.of(), saves::add);

        String token = tokenFor(tokens, frank, frank.token());

        assertThat(token).isEqualTo(frank.token());
        assertThat(mints).as("nothing minted").hasValue(0);
        assertThat(saves).isEmpty();
        assertThat(jenkinsTokens(frank)).isEmpty();
        assertThat(tokenFor(tokens, frank, frank.token())).isEqualTo(frank.token());
    }

    @Test
    void aRefusedPasswordKeepsNothingAndTheNextUseTriesAgain() {
        GogsUser grace = gogs.createUser("grace");
        ExchangedTokens tokens = new ExchangedTokens(List.of(), saves::add);

        assertThatThrownBy(() -> tokenFor(tokens, grace, "wrong-password"))
                .isInstanceOf(TokenExchangeException.class)
                .hasMessageContaining("401")
                .hasMessageNotContaining("wrong-password");
        assertThat(tokens.size()).isZero();
        assertThat(saves).isEmpty();

        assertThat(userOf(tokenFor(tokens, grace, grace.password()))).isEqualTo(grace.name());
    }

    @Test
    void entriesOfOlderVersionsAreAdoptedUnlessTheCredentialHasANewerOne() {
        ExchangedTokens tokens = new ExchangedTokens(List.of(), saves::add);
        String url = "https://gogs.example.com";
        tokens.tokenFor(url, "new-id", "alice", "pw", () -> new ExchangedTokens.Minted("jenkins", "t-new"));
        String legacySource = ClientFingerprint.ofPassword(url, "new-id", "alice", "old-pw");
        String otherSource = ClientFingerprint.ofPassword(url, "old-id", "bob", "pw");

        tokens.adopt(List.of(
                new ExchangedTokens.Entry(url, "new-id", null, legacySource, "jenkins", "t-legacy"),
                new ExchangedTokens.Entry(url, "old-id", null, otherSource, "jenkins", "t-other")));

        assertThat(tokens.find(url, "new-id", "alice", "pw")).isEqualTo("t-new");
        assertThat(tokens.find(url, "new-id", "alice", "old-pw")).isNull();
        assertThat(tokens.find(url, "old-id", "bob", "pw")).isEqualTo("t-other");
        assertThat(saves.get(saves.size() - 1))
                .extracting(ExchangedTokens.Entry::token)
                .containsExactly("t-new", "t-other");
    }

    @Test
    void tokensOfRemovedServersAreForgotten() {
        ExchangedTokens tokens = new ExchangedTokens(List.of(), saves::add);
        tokens.tokenFor("https://a.example.com", ID, "alice", "pw", () -> new ExchangedTokens.Minted("jenkins", "ta"));
        tokens.tokenFor("https://b.example.com", ID, "alice", "pw", () -> new ExchangedTokens.Minted("jenkins", "tb"));

        tokens.retainServers(Set.of("https://b.example.com"));

        assertThat(tokens.find("https://a.example.com", ID, "alice", "pw")).isNull();
        assertThat(tokens.find("https://b.example.com", ID, "alice", "pw")).isEqualTo("tb");
        assertThat(saves.get(saves.size() - 1))
                .extracting(ExchangedTokens.Entry::token)
                .containsExactly("tb");
    }

    @Test
    void theOldestEntriesGoBeyondTheBound() {
        ExchangedTokens tokens = new ExchangedTokens(List.of(), minted -> {});
        for (int i = 0; i < ExchangedTokens.MAX_ENTRIES + 5; i++) {
            String n = Integer.toString(i);
            tokens.tokenFor("https://gogs.example.com", "id-" + n, "u", "pw", () -> new ExchangedTokens.Minted(n, n));
        }

        assertThat(tokens.size()).isEqualTo(ExchangedTokens.MAX_ENTRIES);
        assertThat(tokens.find("https://gogs.example.com", "id-4", "u", "pw")).isNull();
        assertThat(tokens.find("https://gogs.example.com", "id-5", "u", "pw")).isEqualTo("5");
    }

    @Test
    void entriesNeverShowTheirSecrets() {
        ExchangedTokens.Entry entry = new ExchangedTokens.Entry(
                "https://gogs.example.com", ID, "alice", "source-digest", "jenkins", "the-token-itself");

        assertThat(entry.toString()).doesNotContain("the-token-itself").doesNotContain("source-digest");
        assertThat(ExchangedTokens.Minted.passwordIsToken("the-token-itself").toString())
                .doesNotContain("the-token-itself");
    }

    /** What the plugin does on a use of a username/password credential: the known token, or the exchange. */
    private String tokenFor(ExchangedTokens tokens, GogsUser user, String password) {
        return tokens.tokenFor(gogs.url(), ID, user.name(), password, () -> {
            TokenExchange exchange = new TokenExchange(
                    c -> GogsClient.builder(gogs.url()).credentials(c).build());
            if (exchange.isAccessToken(password)) {
                return ExchangedTokens.Minted.passwordIsToken(password);
            }
            mints.incrementAndGet();
            MintedToken minted = exchange.mint(user.name(), password, TOKEN_NAME);
            return new ExchangedTokens.Minted(minted.name(), minted.token());
        });
    }

    private static String userOf(String token) {
        try (GogsClient client = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token(token))
                .build()) {
            return client.users().authenticated().username();
        }
    }

    private static List<String> jenkinsTokens(GogsUser user) {
        return jenkinsTokens(user, user.password());
    }

    private static List<String> jenkinsTokens(GogsUser user, String password) {
        try (GogsClient withPassword = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.password(user.name(), password))
                .build()) {
            return withPassword.tokens().list().stream()
                    .map(AccessToken::name)
                    .filter(n -> n.startsWith("jenkins"))
                    .sorted()
                    .toList();
        }
    }
}
