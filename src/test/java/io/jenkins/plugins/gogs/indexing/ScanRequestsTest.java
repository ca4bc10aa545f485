package io.jenkins.plugins.gogs.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RequestCounter;
import io.jenkins.plugins.gogs.client.RequestEvent;
import io.jenkins.plugins.gogs.discovery.DiscoveryCache;
import io.jenkins.plugins.gogs.discovery.PathKind;
import io.jenkins.plugins.gogs.discovery.ProbeCache;
import io.jenkins.plugins.gogs.files.RevisionFiles;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requests of one branch indexing end to end, in the order Jenkins makes them through the SCM adapter:
 * {@code retrieveActions} reads the repository record, {@code retrieve} runs a {@link RepositoryScan} (discovery and
 * plan), and the Jenkinsfile criteria asks the scan's probes once per offered head. A repository of 200 branches on
 * 150 commits, with the traits of a new source. The numbers are in docs/benchmarks.md.
 */
@RealGogs
class ScanRequestsTest {

    private static final Logger LOGGER = Logger.getLogger(ScanRequestsTest.class.getName());
    private static final String JENKINSFILE = "pipeline { agent any }\n";
    /** A new source's behaviours: branches that are not pull requests, pull requests (merged) from origin and forks. */
    private static final IndexingOptions NEW_SOURCE =
            new IndexingOptions(false, true, false, Set.of(CheckoutStrategy.MERGE), Set.of(CheckoutStrategy.MERGE));

    private static TestClients clients;
    private static GogsClient client;
    private static final RequestCounter COUNTER = new RequestCounter();
    private static final List<RequestEvent> REQUESTS = new CopyOnWriteArrayList<>();
    private static GogsUser alice;
    private static GogsRepository repo;
    private static List<String> ownCommitBranches;

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new TestClients(gogs);
        alice = gogs.createUser("alice");
        client = clients.as(alice, COUNTER, REQUESTS::add);
        repo = alice.createRepository("indexed").withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", JENKINSFILE);
        ownCommitBranches = repo.writeBranchesDirectly("own", 149);
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

    @BeforeEach
    void forgetRequests() {
        takeTargets();
    }

    private static List<String> takeTargets() {
        List<String> targets = REQUESTS.stream().map(RequestEvent::target).toList();
        REQUESTS.clear();
        COUNTER.reset();
        return targets;
    }

    private static String api(GogsRepository repository) {
        return "/api/v1/repos/" + repository.owner() + "/" + repository.name();
    }

    private static String refs(GogsRepository repository) {
        return "/" + repository.owner() + "/" + repository.name() + ".git/info/refs?service=git-upload-pack";
    }

    /** One indexing as the adapter runs it; returns the names of the heads that met the Jenkinsfile criteria. */
    private static List<String> index(GogsRepository repository, DiscoveryCache discoveryCache, ProbeCache probes) {
        client.repo(repository.owner(), repository.name()).get(); // retrieveActions: description, link, SSH URL
        RepositoryScan scan = new RepositoryScan(client, repository.owner(), repository.name(), discoveryCache, probes);
        List<String> buildable = new ArrayList<>();
        for (PlannedHead head : scan.plan(NEW_SOURCE).plan().heads()) {
            if (scan.probes().stat(head.commitSha(), "Jenkinsfile") == PathKind.FILE) {
                buildable.add(head.name());
            }
        }
        return buildable;
    }

    @Test
    void anIndexingCostsMetadataListingAndOneProbePerNewCommit() {
        DiscoveryCache discoveryCache = new DiscoveryCache();
        ProbeCache probes = new ProbeCache();

        List<String> first = index(repo, discoveryCache, probes);
        List<String> firstTargets = takeTargets();
        List<String> second = index(repo, discoveryCache, probes);
        List<String> rescanTargets = takeTargets();
        repo.pushFile(ownCommitBranches.get(20), "README.md", "changed\n");
        index(repo, discoveryCache, probes);
        List<String> afterPushTargets = takeTargets();

        assertThat(first).hasSize(200).contains("master", "copy/" + ownCommitBranches.get(0) + "/5");
        assertThat(second).isEqualTo(first);
        assertThat(firstTargets).hasSize(1 + 1 + 150);
        assertThat(firstTargets.subList(0, 2)).containsExactly(api(repo), refs(repo));
        assertThat(firstTargets.subList(2, firstTargets.size()))
                .allMatch(t -> t.startsWith(api(repo) + "/contents/Jenkinsfile?ref="))
                .doesNotHaveDuplicates();
        assertThat(rescanTargets).containsExactly(api(repo), refs(repo));
        assertThat(afterPushTargets).hasSize(3).startsWith(api(repo), refs(repo));
        LOGGER.info(() -> "Indexing 200 branches on 150 commits: first " + firstTargets.size() + " requests, rescan "
                + rescanTargets.size() + ", after a push to one branch " + afterPushTargets.size());
    }

    @Test
    void commitsWithoutJenkinsfileCostOneProbeEachAndNoRepositoryCheck() {
        GogsRepository twenty = alice.createRepository("twenty-commits").withInitialCommit();
        List<String> tips = new ArrayList<>(twenty.writeBranchesDirectly("bare", 7)); // before the Jenkinsfile
        twenty.pushFile("master", "Jenkinsfile", JENKINSFILE);
        tips.add("master");
        tips.addAll(twenty.writeBranchesDirectly("own", 12));
        for (String tip : tips) {
            List<String> copies = new ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                copies.add("copy/" + tip + "/" + i);
            }
            twenty.writeBranchCopiesDirectly(copies, tip);
        }
        takeTargets();

        List<String> buildable = index(twenty, new DiscoveryCache(), new ProbeCache());
        List<String> targets = takeTargets();

        assertThat(buildable).hasSize(200 - 7 * 10).contains("master").noneMatch(name -> name.contains("bare"));
        assertThat(targets).hasSize(1 + 1 + 20);
        assertThat(targets.subList(0, 2)).containsExactly(api(twenty), refs(twenty));
        assertThat(targets.subList(2, targets.size()))
                .as("the listing just showed the repository: a probe's 404 means no Jenkinsfile")
                .allMatch(t -> t.startsWith(api(twenty) + "/contents/Jenkinsfile?ref="))
                .doesNotHaveDuplicates();
    }

    @Test
    void aBuildsFilesAskWhetherTheRepositoryIsThereOnceForManyMissingFiles() {
        DiscoveryCache discoveryCache = new DiscoveryCache();
        ProbeCache probes = new ProbeCache();
        String master = repo.lsRemote("refs/heads/master").get("refs/heads/master");
        takeTargets();

        RevisionFiles files =
                new RepositoryScan(client, repo.owner(), repo.name(), discoveryCache, probes).files(master);
        for (String missing : List.of("a.txt", "b/c.txt", "d.groovy")) {
            assertThat(files.read(missing)).as(missing).isEmpty();
        }
        List<String> targets = takeTargets();

        assertThat(targets).filteredOn(api(repo)::equals).hasSize(1);
        assertThat(targets).hasSize(3 + 1);
    }

    @Test
    void aBuildReadsItsJenkinsfileInOneRequestAndAskingWhatItIsCostsNone() {
        DiscoveryCache discoveryCache = new DiscoveryCache();
        ProbeCache probes = new ProbeCache();
        index(repo, discoveryCache, probes);
        String master = repo.lsRemote("refs/heads/master").get("refs/heads/master");
        takeTargets();

        RevisionFiles files =
                new RepositoryScan(client, repo.owner(), repo.name(), discoveryCache, probes).files(master);
        assertThat(files.kind("Jenkinsfile")).isEqualTo(PathKind.FILE);
        assertThat(takeTargets()).isEmpty();
        assertThat(files.read("Jenkinsfile"))
                .hasValueSatisfying(bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(JENKINSFILE));
        assertThat(takeTargets()).hasSize(1);
    }

    @Test
    void aCommitTheProbeFoundWithoutJenkinsfileIsNotAskedAgainWhenRead() {
        GogsRepository bare = alice.createRepository("no-jenkinsfile").withInitialCommit();
        DiscoveryCache discoveryCache = new DiscoveryCache();
        ProbeCache probes = new ProbeCache();
        assertThat(index(bare, discoveryCache, probes)).isEmpty();
        String master = bare.lsRemote("refs/heads/master").get("refs/heads/master");
        takeTargets();

        RevisionFiles fromScan =
                new RepositoryScan(client, bare.owner(), bare.name(), discoveryCache, probes).files(master);
        assertThat(fromScan.read("Jenkinsfile")).isEmpty();
        assertThat(fromScan.kind("Jenkinsfile")).isEqualTo(PathKind.MISSING);
        assertThat(takeTargets()).isEmpty();

        // without the scan's answers the same question goes to Gogs
        RevisionFiles alone = new RevisionFiles(client.repo(bare.owner(), bare.name()), master);
        assertThat(alone.read("Jenkinsfile")).isEmpty();
        assertThat(takeTargets()).isNotEmpty();
    }
}
