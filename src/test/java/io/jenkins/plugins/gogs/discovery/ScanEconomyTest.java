package io.jenkins.plugins.gogs.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.model.Branch;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a multibranch scan of a repository with 200 branches (150 distinct commits) costs in requests, with discovery
 * and the probe plan against probing every branch every time. The numbers are in docs/benchmarks.md.
 */
@RealGogs
class ScanEconomyTest {

    private static final Logger LOGGER = Logger.getLogger(ScanEconomyTest.class.getName());

    private static DiscoveryClients clients;
    private static GogsUser alice;
    private static GogsRepository repo;
    private static List<String> ownCommitBranches;

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new DiscoveryClients(gogs);
        alice = gogs.createUser("alice");
        repo = alice.createRepository("two-hundred").withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", "pipeline { agent any }\n");
        ownCommitBranches = repo.writeBranchesDirectly("own", 149);
        // 50 more branches on the commits of the first 10: 5 copies each.
        for (String source : ownCommitBranches.subList(0, 10)) {
            List<String> copies = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                copies.add("copy/" + source + "/" + i);
            }
            repo.writeBranchCopiesDirectly(copies, source);
        }
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    /** What a scan does: discover the heads, probe each for the Jenkinsfile; returns how many have one. */
    private static long scan(GogsClient client, DiscoveryCache discoveryCache, ProbeCache probeCache) {
        HeadDiscovery discovery = new HeadDiscovery(client, alice.name(), repo.name(), discoveryCache);
        DiscoveredHeads heads = discovery.discover(DiscoveryRequest.everything());
        ProbePlan plan =
                new ProbePlan(discovery.repositoryKey(), FileProbe.of(client, alice.name(), repo.name()), probeCache);
        return heads.branches().stream()
                .filter(b -> plan.exists(b.sha(), "Jenkinsfile"))
                .count();
    }

    /** The way without discovery or cache: list the branches, probe every one by name. */
    private static long probeEveryBranch(GogsClient client) {
        RepoApi api = client.repo(alice.name(), repo.name());
        return api.branches().stream()
                .map(Branch::name)
                .filter(name -> api.contents(name, "Jenkinsfile").isPresent())
                .count();
    }

    @Test
    void aRescanWithNothingChangedCostsOneRequestAndAChangedBranchOneMore() {
        DiscoveryClients.Counted counted = clients.as(alice);
        DiscoveryCache discoveryCache = new DiscoveryCache();
        ProbeCache probeCache = new ProbeCache();

        long buildable = scan(counted.client(), discoveryCache, probeCache);
        long first = counted.counter().reset();
        assertThat(scan(counted.client(), discoveryCache, probeCache)).isEqualTo(buildable);
        long rescan = counted.counter().reset();
        repo.pushFile(ownCommitBranches.get(20), "README.md", "changed\n");
        scan(counted.client(), discoveryCache, probeCache);
        long afterOnePush = counted.counter().reset();

        assertThat(buildable).isEqualTo(200);
        assertThat(first).isEqualTo(1 + 150);
        assertThat(rescan).isEqualTo(1);
        assertThat(afterOnePush).isEqualTo(1 + 1);
        LOGGER.info(() -> "200 branches, 150 commits: first scan " + first + " requests, rescan " + rescan
                + ", after a push to one branch " + afterOnePush);
    }

    @Test
    void probingEveryBranchEveryTimeCostsTheBranchListingAndOneProbePerBranchOnEveryScan() {
        DiscoveryClients.Counted counted = clients.as(alice);

        assertThat(probeEveryBranch(counted.client())).isEqualTo(200);
        long first = counted.counter().reset();
        probeEveryBranch(counted.client());
        long rescan = counted.counter().reset();

        assertThat(first).isEqualTo(1 + 200);
        assertThat(rescan).isEqualTo(1 + 200);
        LOGGER.info(() -> "Probing every branch: first scan " + first + " requests, rescan " + rescan);
    }

    @Test
    void discoveryAloneIsOneRequestWhateverTheNumberOfBranches() {
        DiscoveryClients.Counted counted = clients.as(alice);

        DiscoveredHeads heads = new HeadDiscovery(counted.client(), alice.name(), repo.name(), new DiscoveryCache())
                .discover(DiscoveryRequest.everything());

        assertThat(heads.branches()).hasSize(200);
        assertThat(heads.distinctCommits()).hasSize(150);
        assertThat(counted.counter().count()).isEqualTo(1);
        Map<String, String> listed = new java.util.HashMap<>();
        counted.client()
                .repo(alice.name(), repo.name())
                .branches()
                .forEach(b -> listed.put(b.name(), b.commit().id()));
        heads.branches().forEach(b -> assertThat(listed).containsEntry(b.name(), b.sha()));
    }
}
