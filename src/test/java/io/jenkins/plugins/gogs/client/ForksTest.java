package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RealGogs
class ForksTest {

    private static TestClients clients;
    private static GogsUser alice;
    private static GogsUser bob;
    private static GogsUser carol;
    private static GogsRepository upstream;
    private static GogsRepository secret;

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new TestClients(gogs);
        alice = gogs.createUser("alice");
        bob = gogs.createUser("bob");
        carol = gogs.createUser("carol");
        upstream = alice.createRepository("upstream").withInitialCommit();
        bob.fork(upstream);
        carol.fork(upstream);
        secret = alice.createRepository("secret").privateRepo().withInitialCommit();
        secret.addCollaborator(bob, "read");
        bob.fork(secret);
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void listsTheForksOfARepositoryWithTheirOwners() {
        assertThat(clients.as(alice).repo(alice.name(), upstream.name()).forks())
                .extracting(Repository::fullName, Repository::fork)
                .containsExactlyInAnyOrder(
                        tuple(bob.name() + "/upstream", true), tuple(carol.name() + "/upstream", true));
    }

    @Test
    void aRepositoryWithoutForksHasNone() {
        GogsRepository lonely = alice.createRepository("lonely").withInitialCommit();

        assertThat(clients.as(alice).repo(alice.name(), lonely.name()).forks()).isEmpty();
    }

    @Test
    void listsAPrivateForkTheCallerCannotOpen() {
        GogsClient asAlice = clients.as(alice);
        Repository fork = asAlice.repo(alice.name(), secret.name()).forks().get(0);

        assertThat(fork.fullName()).isEqualTo(bob.name() + "/secret");
        assertThat(fork.isPrivate()).isTrue();
        assertThatThrownBy(() -> asAlice.repo(bob.name(), "secret").branches())
                .isInstanceOf(NotFoundOrNoAccessException.class);
    }

    @Test
    void aRepositoryTheCallerCannotSeeHasNoForkListing() {
        assertThatThrownBy(() ->
                        clients.as(carol).repo(alice.name(), secret.name()).forks())
                .isInstanceOf(NotFoundOrNoAccessException.class);
    }
}
