package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Git's smart-HTTP ref advertisement through the client: Gogs' git handler, its Basic-only auth, its refusals. */
@RealGogs
class UploadPackAdvertisementTest {

    private static TestClients clients;
    private static GogsServer server;
    private static GogsUser alice;
    private static GogsUser carol;
    private static GogsRepository secret;
    private static GogsRepository open;
    private static String featureHead;

    @BeforeAll
    static void seed(GogsServer gogs) {
        server = gogs;
        clients = new TestClients(gogs);
        alice = gogs.createUser("alice");
        carol = gogs.createUser("carol");
        secret = alice.createRepository("secret").privateRepo().withInitialCommit();
        featureHead = secret.pushBranch("feature/ä");
        open = alice.createRepository("open").withInitialCommit();
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    private static String advertisement(GogsClient client, GogsRepository repo) {
        return new String(client.repo(repo.owner(), repo.name()).uploadPackAdvertisement(), StandardCharsets.UTF_8);
    }

    @Test
    void readsThePrivateRepositorysRefsWithATokenAndCountsOneRequestWithoutTheTokenInIt() {
        List<RequestEvent> events = new CopyOnWriteArrayList<>();
        String refs = advertisement(clients.as(alice, events::add), secret);

        assertThat(refs)
                .startsWith("001e# service=git-upload-pack\n0000")
                .contains(featureHead + " refs/heads/feature/ä\n")
                .contains(" refs/heads/master");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo("/" + alice.name() + "/secret.git/info/refs?service=git-upload-pack");
            assertThat(e.status()).isEqualTo(200);
        });
        assertThat(events.get(0).toString()).doesNotContain(alice.token());
    }

    @Test
    void readsThemWithAPasswordToo() {
        assertThat(advertisement(clients.withPassword(alice), secret)).contains(" refs/heads/feature/ä\n");
    }

    @Test
    void needsNoCredentialForAPublicRepository() {
        GogsClient anonymous = clients.track(GogsClient.builder(server.url()));

        assertThat(advertisement(anonymous, open)).contains(" refs/heads/master");
    }

    @Test
    void refusesAnonymousCallersAndWrongTokensForAPrivateRepository() {
        GogsClient anonymous = clients.track(GogsClient.builder(server.url()));
        GogsClient wrongToken = clients.track(GogsClient.builder(server.url())
                .credentials(GogsCredentials.token("0123456789abcdef0123456789abcdef01234567")));

        assertThatThrownBy(() -> advertisement(anonymous, secret)).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> advertisement(wrongToken, secret))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("/secret.git/info/refs");
    }

    @Test
    void tellsAUserWithoutAccessThatPermissionIsDeniedInGogsOwnWords() {
        assertThatThrownBy(() -> advertisement(clients.as(carol), secret))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("User permission denied")
                .hasMessageNotContaining(carol.token());
    }

    @Test
    void aMissingRepositoryIsNotFound() {
        assertThatThrownBy(() -> clients.as(alice).repo(alice.name(), "nowhere").uploadPackAdvertisement())
                .isInstanceOf(NotFoundOrNoAccessException.class);
    }
}
