package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a 404 inside a repository the client asks whether the repository itself is there ("no such file" or "no
 * such repository"); views sharing a {@link RepositoryCheck} ask that at most once, and not at all once the
 * repository answered.
 */
@RealGogs
class RepositoryCheckTest {

    private static TestClients clients;
    private static GogsClient client;
    private static final List<String> TARGETS = new CopyOnWriteArrayList<>();
    private static GogsUser alice;
    private static GogsRepository repo;
    private static String master;

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new TestClients(gogs);
        alice = gogs.createUser("alice");
        client = clients.as(alice, event -> TARGETS.add(event.target()));
        repo = alice.createRepository("checked").withInitialCommit();
        master = repo.lsRemote("refs/heads/master").get("refs/heads/master");
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @BeforeEach
    void forget() {
        TARGETS.clear();
    }

    private static List<String> repositoryChecks() {
        return TARGETS.stream().filter(repo.apiPath()::equals).toList();
    }

    @Test
    void withoutASharedCheckEveryMissingFileAsksForTheRepository() {
        RepoApi api = client.repo(alice.name(), repo.name());

        assertThat(api.contents(master, "missing-1")).isEmpty();
        assertThat(api.contents(master, "missing-2")).isEmpty();

        assertThat(repositoryChecks()).hasSize(2);
    }

    @Test
    void aSharedCheckAsksForTheRepositoryOnceForManyMissingFiles() {
        RepositoryCheck check = new RepositoryCheck();
        RepoApi api = client.repo(alice.name(), repo.name()).sharing(check);
        RepoApi other = client.repo(alice.name(), repo.name()).sharing(check);

        assertThat(api.contents(master, "missing-1")).isEmpty();
        assertThat(other.contents(master, "missing-2")).isEmpty();
        assertThat(api.rawFile(master, "missing-3")).isEmpty();

        assertThat(repositoryChecks()).hasSize(1);
        assertThat(TARGETS).hasSize(3 + 1);
        assertThat(check.seen()).isTrue();
    }

    @Test
    void noCheckAtAllOnceTheRepositoryListedItsRefs() {
        RepositoryCheck check = new RepositoryCheck();
        RepoApi api = client.repo(alice.name(), repo.name()).sharing(check);

        api.uploadPackAdvertisement();
        assertThat(check.seen()).isTrue();
        assertThat(api.contents(master, "missing-1")).isEmpty();
        assertThat(api.branch("no-such-branch")).isEmpty();

        assertThat(repositoryChecks()).isEmpty();
        assertThat(TARGETS).hasSize(3);
    }

    @Test
    void noCheckOnceAFileOfTheRepositoryWasFound() {
        RepositoryCheck check = new RepositoryCheck();
        RepoApi api = client.repo(alice.name(), repo.name()).sharing(check);

        assertThat(api.contents(master, "README.md")).isPresent();
        assertThat(api.contents(master, "missing-1")).isEmpty();

        assertThat(repositoryChecks()).isEmpty();
    }

    @Test
    void aMissingRepositoryIsStillNoMissingFile() {
        RepositoryCheck check = new RepositoryCheck();
        RepoApi gone = client.repo(alice.name(), "no-such-repository").sharing(check);

        assertThatThrownBy(() -> gone.contents(master, "Jenkinsfile")).isInstanceOf(NotFoundOrNoAccessException.class);
        assertThatThrownBy(() -> gone.contents(master, "Jenkinsfile")).isInstanceOf(NotFoundOrNoAccessException.class);
        assertThat(check.seen()).isFalse();
    }
}
