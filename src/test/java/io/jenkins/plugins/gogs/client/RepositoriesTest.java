package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.fixture.GogsOrganization;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RealGogs
class RepositoriesTest {

    private static TestClients clients;
    private static GogsUser alice;
    private static GogsUser bob;
    private static GogsUser carol;
    private static GogsRepository publicRepo;
    private static GogsRepository secret;
    private static GogsOrganization acme;
    private static GogsRepository acmeTools;
    private static String keyword;
    private static List<String> searchable = new ArrayList<>();

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new TestClients(gogs);
        alice = gogs.createUser("alice");
        bob = gogs.createUser("bob");
        carol = gogs.createUser("carol");
        publicRepo =
                alice.createRepository("public").describedAs("for everyone").withInitialCommit();
        secret = alice.createRepository("secret").privateRepo().withInitialCommit();
        secret.addCollaborator(bob, "read");
        acme = gogs.createOrganization("acme", alice);
        acmeTools = acme.createRepository("tools").withInitialCommit();
        keyword = "needle" + System.nanoTime() % 100_000;
        for (int i = 1; i <= 7; i++) {
            searchable.add(carol.createRepository(keyword + "-" + i).empty().name());
        }
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void readsARepositoryWithTheCallersRealPermissions() {
        Repository asOwner = clients.as(alice).repo(alice.name(), secret.name()).get();
        Repository asReader = clients.as(bob).repo(alice.name(), secret.name()).get();

        assertThat(asOwner.fullName()).isEqualTo(secret.fullName());
        assertThat(asOwner.isPrivate()).isTrue();
        assertThat(asOwner.defaultBranch()).isEqualTo("master");
        assertThat(asOwner.cloneUrl()).endsWith("/" + secret.fullName() + ".git");
        assertThat(asOwner.createdAt()).isNotNull();
        assertThat(asOwner.permissions().admin()).isTrue();
        assertThat(asReader.permissions().pull()).isTrue();
        assertThat(asReader.permissions().push()).isFalse();
        assertThat(asReader.permissions().admin()).isFalse();
    }

    @Test
    void aPrivateRepositoryIsNotFoundOrNoAccessForAUserWithoutAccess() {
        GogsClient outsider = clients.as(carol);

        assertThatThrownBy(() -> outsider.repo(alice.name(), secret.name()).get())
                .isInstanceOf(NotFoundOrNoAccessException.class)
                .hasMessageContaining("Not found or no access")
                .hasMessageContaining("GET /api/v1/repos/" + secret.fullName());
        // Looking inside it says the same rather than "no such branch".
        assertThatThrownBy(() -> outsider.repo(alice.name(), secret.name()).branch("master"))
                .isInstanceOf(NotFoundOrNoAccessException.class);
    }

    @Test
    void listsTheRepositoriesOfAUserAnOrganizationAndTheAuthenticatedUser() {
        GogsClient asAlice = clients.as(alice);

        assertThat(asAlice.repos().ofUser(alice.name()))
                .extracting(Repository::name)
                .contains(publicRepo.name(), secret.name());
        assertThat(asAlice.repos().ofOrg(acme.name()))
                .extracting(Repository::fullName)
                .containsExactly(acmeTools.fullName());
        // Bob's own list includes what is shared with him.
        assertThat(clients.as(bob).repos().ofAuthenticatedUser())
                .extracting(Repository::fullName)
                .contains(secret.fullName());
    }

    @Test
    void searchesAcrossPagesKeepingTheKeywordAndPageSize() {
        RequestCounter counter = new RequestCounter();
        GogsClient client = clients.as(alice, counter);

        List<Repository> found = client.repos().search(keyword, 0, 2);

        assertThat(found).extracting(Repository::name).containsExactlyInAnyOrderElementsOf(searchable);
        assertThat(counter.count())
                .as("7 results, 2 per page: 4 pages, and 3 pages of 3 across their boundaries")
                .isEqualTo(7);
    }

    @Test
    void searchesLazilyAndStopsWhenTheCallerHasEnough() {
        RequestCounter counter = new RequestCounter();
        GogsClient client = clients.as(alice, counter);

        List<Repository> firstThree =
                client.repos().searchStream(keyword, carol.id(), 2).limit(3).toList();

        assertThat(firstThree)
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.owner().username()).isEqualTo(carol.name()));
        assertThat(counter.count()).as("pages read for three results").isEqualTo(2);
        assertThat(client.repos().search(keyword, alice.id()))
                .as("none of them is Alice's")
                .isEmpty();
    }
}
