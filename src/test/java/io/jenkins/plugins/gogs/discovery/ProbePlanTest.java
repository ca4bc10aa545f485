package io.jenkins.plugins.gogs.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Probing a real repository's commits through the contents API, and what it costs. */
@RealGogs
class ProbePlanTest {

    private static DiscoveryClients clients;
    private static GogsUser alice;
    private static GogsRepository repo;
    private static String withoutJenkinsfile;
    private static String withJenkinsfile;

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new DiscoveryClients(gogs);
        alice = gogs.createUser("alice");
        repo = alice.createRepository("probed").withInitialCommit();
        withoutJenkinsfile = repo.pushBranch("old");
        repo.pushFile("master", "ci/dir/notes.txt", "notes\n");
        withJenkinsfile = repo.pushFile("master", "Jenkinsfile", "pipeline { agent any }\n");
        repo.pushTag("v1"); // on master's commit
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    private static ProbePlan plan(DiscoveryClients.Counted counted, ProbeCache cache) {
        return new ProbePlan(
                new RepositoryKey(counted.client().serverUrl(), alice.name(), repo.name()),
                FileProbe.of(counted.client(), alice.name(), repo.name()),
                cache);
    }

    @Test
    void tellsFilesDirectoriesAndMissingPathsApart() {
        ProbePlan plan = plan(clients.as(alice), new ProbeCache());

        assertThat(plan.stat(withJenkinsfile, "Jenkinsfile")).isEqualTo(PathKind.FILE);
        assertThat(plan.stat(withJenkinsfile, "ci/dir")).isEqualTo(PathKind.DIRECTORY);
        assertThat(plan.stat(withoutJenkinsfile, "Jenkinsfile")).isEqualTo(PathKind.MISSING);
        assertThat(plan.stat(withoutJenkinsfile, "ci/dir")).isEqualTo(PathKind.MISSING);
    }

    @Test
    void probesEachDistinctCommitOfTheHeadsOnceAndThenNeverAgain() {
        DiscoveryClients.Counted counted = clients.as(alice);
        ProbeCache cache = new ProbeCache();
        DiscoveredHeads heads = new HeadDiscovery(counted.client(), alice.name(), repo.name(), new DiscoveryCache())
                .discover(DiscoveryRequest.everything());
        counted.takeTargets();

        Map<String, PathKind> first = plan(counted, cache).statAll(heads, "Jenkinsfile");

        // master and v1 share a commit: 2 commits for 3 heads. The missing file costs 2 requests (404, then the
        // client checks the repository is still there), the present one 1.
        assertThat(heads.branches().size() + heads.tags().size()).isEqualTo(3);
        assertThat(first)
                .containsExactly(
                        Map.entry(withJenkinsfile, PathKind.FILE), Map.entry(withoutJenkinsfile, PathKind.MISSING));
        String repoPath = "/api/v1/repos/" + alice.name() + "/probed";
        assertThat(counted.takeTargets())
                .containsExactly(
                        repoPath + "/contents/Jenkinsfile?ref=" + withJenkinsfile,
                        repoPath + "/contents/Jenkinsfile?ref=" + withoutJenkinsfile,
                        repoPath);

        Map<String, PathKind> again = plan(counted, cache).statAll(heads, "Jenkinsfile");

        assertThat(again).isEqualTo(first);
        assertThat(counted.counter().count()).isZero();
    }
}
