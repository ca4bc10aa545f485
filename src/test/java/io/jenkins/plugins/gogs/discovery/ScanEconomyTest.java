package io.jenkins.plugins.gogs.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.RepositoryCheck;
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
    /** 200 branches on 20 commits, 7 of them without a Jenkinsfile (70 branches). */
    private static GogsRepository twenty;

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
        twenty = alice.createRepository("twenty-commits").withInitialCommit();
        List<String> tips = new ArrayList<>(twenty.writeBranchesDirectly("bare", 7)); // before the Jenkinsfile
        twenty.pushFile("master", "Jenkinsfile", "pipeline { agent any }\n");
        tips.add("master");
        tips.addAll(twenty.writeBranchesDirectly("own", 12));
        for (String tip : tips) {
            List<String> copies = new ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                copies.add("copy/" + tip + "/" + i);
            }
            twenty.writeBranchCopiesDirectly(copies, tip);
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

    /**
     * A first scan of {@link #twenty} as a scan runs it: discovery and probes share one {@link RepositoryCheck}, or not
     * (then every probe that finds no Jenkinsfile asks Gogs whether the repository itself is still there).
     */
    private static long firstScanOfTwenty(GogsClient client, boolean shareCheck) {
        RepositoryCheck check = new RepositoryCheck();
        HeadDiscovery discovery = shareCheck
                ? new HeadDiscovery(client, alice.name(), twenty.name(), new DiscoveryCache(), check)
                : new HeadDiscovery(client, alice.name(), twenty.name(), new DiscoveryCache());
        DiscoveredHeads heads = discovery.discover(DiscoveryRequest.everything());
        FileProbe probe = shareCheck
                ? FileProbe.of(client, alice.name(), twenty.name(), check)
                : FileProbe.of(client, alice.name(), twenty.name());
        ProbePlan plan = new ProbePlan(discovery.repositoryKey(), probe, new ProbeCache());
        return heads.branches().stream()
                .filter(b -> plan.exists(b.sha(), "Jenkinsfile"))
                .count();
    }

    @Test
    void aProbeThatFindsNoJenkinsfileCostsNoRepositoryCheckAfterTheListingOfTheSameScan() {
        DiscoveryClients.Counted counted = clients.as(alice);
        String api = "/api/v1/repos/" + alice.name() + "/" + twenty.name();

        long buildable = firstScanOfTwenty(counted.client(), true);
        List<String> shared = counted.takeTargets();
        long buildableUnshared = firstScanOfTwenty(counted.client(), false);
        List<String> unshared = counted.takeTargets();

        assertThat(buildable).isEqualTo(buildableUnshared).isEqualTo(200 - 7 * 10);
        assertThat(shared).hasSize(1 + 20);
        assertThat(shared.get(0)).endsWith(".git/info/refs?service=git-upload-pack");
        assertThat(shared.subList(1, shared.size()))
                .allMatch(t -> t.startsWith(api + "/contents/Jenkinsfile?ref="))
                .doesNotHaveDuplicates();
        assertThat(unshared)
                .as("without a shared check, each of the 7 probes that find nothing asks for the repository")
                .hasSize(1 + 20 + 7)
                .filteredOn(api::equals)
                .hasSize(7);
        LOGGER.info(() -> "200 branches, 20 commits, 7 without Jenkinsfile: first scan " + shared.size() + " requests ("
                + unshared.size() + " without sharing the repository check)");
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
