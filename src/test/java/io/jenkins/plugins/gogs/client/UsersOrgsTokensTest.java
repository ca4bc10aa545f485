package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.model.AccessToken;
import io.jenkins.plugins.gogs.client.model.Organization;
import io.jenkins.plugins.gogs.client.model.User;
import io.jenkins.plugins.gogs.fixture.GogsOrganization;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RealGogs
class UsersOrgsTokensTest {

    private static GogsServer gogs;
    private static TestClients clients;
    private static GogsUser alice;
    private static GogsOrganization acme;

    @BeforeAll
    static void seed(GogsServer server) {
        gogs = server;
        clients = new TestClients(server);
        alice = server.createUser("alice");
        acme = server.createOrganization("acme", alice);
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void tellsWhoTheTokenBelongsTo() {
        User me = clients.as(alice).users().authenticated();

        assertThat(me.username()).isEqualTo(alice.name());
        assertThat(me.id()).isEqualTo(alice.id());
        assertThat(me.email()).isEqualTo(alice.email());
    }

    @Test
    void readsAnotherUser() {
        GogsUser bob = gogs.createUser("bob");

        User read = clients.as(alice).users().get(bob.name());

        assertThat(read.id()).isEqualTo(bob.id());
        assertThat(read.avatarUrl()).startsWith("http");
    }

    @Test
    void readsAnOrganizationAndTheOrganizationsOfAUser() {
        GogsClient client = clients.as(alice);

        Organization org = client.orgs().get(acme.name());

        assertThat(org.id()).isEqualTo(acme.id());
        assertThat(client.users().authenticatedOrgs())
                .extracting(Organization::username)
                .contains(acme.name());
        // A new membership is private, and Gogs lists only public ones for a named user.
        assertThat(client.users().orgsOf(alice.name()))
                .extracting(Organization::username)
                .doesNotContain(acme.name());
    }

    @Test
    void saysNotFoundOrNoAccessForAMissingUser() {
        assertThatThrownBy(() -> clients.as(alice).users().get("nobody-" + System.nanoTime()))
                .isInstanceOf(NotFoundOrNoAccessException.class)
                .hasMessageContaining("Not found or no access")
                .hasMessageContaining("GET /api/v1/users/nobody-")
                .hasMessageContaining("404");
    }

    @Test
    void aWrongTokenIsUnauthenticatedAndNeverQuoted() {
        String wrong = "ffffffffffffffffffffffffffffffffffffffff";
        GogsClient client = clients.track(GogsClient.builder(gogs.url()).credentials(GogsCredentials.token(wrong)));

        assertThatThrownBy(() -> client.users().authenticated())
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("GET /api/v1/user")
                .hasMessageContaining("401")
                .hasMessageNotContaining(wrong);
    }

    @Test
    void mintsAndListsTokensWithThePassword() {
        GogsClient withPassword = clients.withPassword(alice);

        AccessToken token = withPassword.tokens().create("jenkins-" + System.nanoTime());

        assertThat(token.sha1()).matches("[0-9a-f]{40}");
        assertThat(withPassword.tokens().list()).extracting(AccessToken::name).contains(token.name());
        GogsClient withNewToken =
                clients.track(GogsClient.builder(gogs.url()).credentials(GogsCredentials.token(token.sha1())));
        assertThat(withNewToken.users().authenticated().username()).isEqualTo(alice.name());
    }

    @Test
    void aDuplicateTokenNameIsAnInvalidRequestWithGogsMessage() {
        GogsClient withPassword = clients.withPassword(alice);
        String name = "twice-" + System.nanoTime();
        withPassword.tokens().create(name);

        assertThatThrownBy(() -> withPassword.tokens().create(name))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("POST /api/v1/users/" + alice.name() + "/tokens")
                .hasMessageContaining("422")
                .hasMessageContaining("access token already exists");
    }

    @Test
    void aWrongPasswordCannotMintTokensAndIsNeverQuoted() {
        GogsClient client = clients.track(GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.password(alice.name(), "not-" + alice.password())));

        assertThatThrownBy(() -> client.tokens().create("never"))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageNotContaining(alice.password());
    }

    @Test
    void anonymousCallersCanReadUsersButNotTheAuthenticatedUser() {
        GogsClient anonymous = clients.track(GogsClient.builder(gogs.url()));

        assertThat(anonymous.users().get(alice.name()).email()).isEmpty();
        assertThatThrownBy(() -> anonymous.users().authenticated()).isInstanceOf(UnauthenticatedException.class);
    }
}
