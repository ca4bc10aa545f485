package io.jenkins.plugins.gogs.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.RequestCounter;
import io.jenkins.plugins.gogs.discovery.PathKind;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A private repository's files at one commit, read through the API as Jenkins reads a Jenkinsfile: no clone. */
@RealGogs
class RevisionFilesTest {

    private static final String JENKINSFILE = "pipeline { agent any; stages { stage('x') { steps { echo 'hi' } } } }\n";

    private static GogsClient client;
    private static final RequestCounter REQUESTS = new RequestCounter();
    private static GogsRepository repo;
    private static String first;
    private static String second;

    @BeforeAll
    static void seed(GogsServer gogs) {
        GogsUser alice = gogs.createUser("alice");
        repo = alice.createRepository("files").privateRepo().withInitialCommit();
        first = repo.pushFile("master", "Jenkinsfile", JENKINSFILE);
        repo.pushFile("master", "ci/scripts/build.sh", "#!/bin/sh\necho build\n");
        second = repo.pushFile("master", "ci/README.md", "# CI\n");
        client = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token(alice.token()))
                .listener(REQUESTS)
                .build();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void resetCount() {
        REQUESTS.reset();
    }

    private static RevisionFiles at(String sha) {
        return new RevisionFiles(client.repo(repo.owner(), repo.name()), sha);
    }

    @Test
    void readsTheJenkinsfileInOneRequest() {
        RevisionFiles files = at(second);

        assertThat(files.read("Jenkinsfile"))
                .get()
                .extracting(b -> new String(b, StandardCharsets.UTF_8))
                .isEqualTo(JENKINSFILE);
        assertThat(REQUESTS.count()).isEqualTo(1);
    }

    @Test
    void tellsFilesFromDirectoriesAndMissingPaths() {
        RevisionFiles files = at(second);

        assertThat(files.kind("Jenkinsfile")).isEqualTo(PathKind.FILE);
        assertThat(files.kind("ci/scripts")).isEqualTo(PathKind.DIRECTORY);
        assertThat(files.kind("/ci//scripts/build.sh")).isEqualTo(PathKind.FILE);
        assertThat(files.kind("nope/Jenkinsfile")).isEqualTo(PathKind.MISSING);
        assertThat(files.kind("")).isEqualTo(PathKind.DIRECTORY);
    }

    @Test
    void listsADirectoryAndThenReadsItsSmallFilesWithoutAskingAgain() {
        RevisionFiles files = at(second);

        assertThat(files.list("ci"))
                .extracting(DirectoryEntry::name, DirectoryEntry::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("README.md", PathKind.FILE),
                        org.assertj.core.groups.Tuple.tuple("scripts", PathKind.DIRECTORY));
        long afterListing = REQUESTS.count();

        assertThat(files.read("ci/README.md"))
                .get()
                .extracting(b -> new String(b, StandardCharsets.UTF_8))
                .isEqualTo("# CI\n");
        assertThat(files.kind("ci/scripts")).isEqualTo(PathKind.DIRECTORY);
        assertThat(REQUESTS.count()).isEqualTo(afterListing);
    }

    @Test
    void readsTheCommitItIsGivenNotTheBranchTip() {
        assertThat(at(first).kind("ci")).isEqualTo(PathKind.MISSING);
        assertThat(at(second).kind("ci")).isEqualTo(PathKind.DIRECTORY);
    }

    @Test
    void aDirectoryOrAMissingPathHasNoContent() {
        RevisionFiles files = at(second);

        assertThat(files.read("ci")).isEmpty();
        assertThat(files.read("missing.txt")).isEmpty();
        assertThat(files.list("Jenkinsfile")).isEmpty();
        assertThat(files.list("missing")).isEmpty();
    }

    @Test
    void theCommitTimeIsTheCommitters() {
        var commit = client.repo(repo.owner(), repo.name()).commit(second).orElseThrow();

        assertThat(at(second).commitTime())
                .isEqualTo(commit.commit().committer().date().toInstant());
    }

    @Test
    void refusesAnythingButAFullShaAndPathsLeavingTheRepository() {
        assertThatThrownBy(() -> at("master"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("full commit SHA");
        assertThatThrownBy(() -> at(second).kind("../other/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
