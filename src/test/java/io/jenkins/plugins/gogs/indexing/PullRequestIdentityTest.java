package io.jenkins.plugins.gogs.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.discovery.DiscoveredPullRequest;
import io.jenkins.plugins.gogs.discovery.DiscoveryCache;
import io.jenkins.plugins.gogs.discovery.KnownPullRequests;
import io.jenkins.plugins.gogs.discovery.KnownPullRequestsFile;
import io.jenkins.plugins.gogs.discovery.ProbeCache;
import io.jenkins.plugins.gogs.discovery.PullRequestFacts;
import io.jenkins.plugins.gogs.discovery.PullRequestHead;
import io.jenkins.plugins.gogs.events.ChangedHead;
import io.jenkins.plugins.gogs.events.DeliveryOutcome;
import io.jenkins.plugins.gogs.events.HookSecret;
import io.jenkins.plugins.gogs.events.KnownServer;
import io.jenkins.plugins.gogs.events.ScmNotice;
import io.jenkins.plugins.gogs.events.ScmNotices;
import io.jenkins.plugins.gogs.events.WebhookRequest;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request keeps its identity (target, head branch, origin) across restarts: what Gogs' real
 * {@code pull_request} deliveries say is learned, kept in a file, read back by the next Jenkins, and preferred to
 * anything refs suggest; where refs cannot tell the head branch, none is named.
 */
@RealGogs
class PullRequestIdentityTest {

    private static final String SECRET = "identity-sëcret";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A new source's behaviours: branches that are not pull requests, pull requests (merged) from origin and forks. */
    private static final IndexingOptions NEW_SOURCE =
            new IndexingOptions(false, true, false, Set.of(CheckoutStrategy.MERGE), Set.of(CheckoutStrategy.MERGE));

    private static TestClients clients;
    private static GogsClient client;
    private static GogsServer server;
    private static GogsUser alice;
    private static GogsUser mallory;
    private static GogsRepository repo;
    private static GogsPullRequest toDevelop;
    private static GogsPullRequest fromSharedCommit;
    private static GogsPullRequest fromForkCopies;
    private static Map<Long, PullRequestFacts> told;
    private static ScheduledThreadPoolExecutor writer;

    @BeforeAll
    static void seed(GogsServer gogs, WebhookReceiver hooks) {
        server = gogs;
        clients = new TestClients(gogs);
        alice = gogs.createUser("alice");
        mallory = gogs.createUser("mallory");
        client = clients.as(alice);
        repo = alice.createRepository("identity").withInitialCommit();
        repo.pushBranch("develop");
        repo.pushBranch("feature/one");
        repo.writeBranchCopiesDirectly(List.of("bugfix/b-031"), "feature/one");
        GogsRepository fork = mallory.fork(repo);
        fork.pushBranch("patch");
        fork.pushBranch("copies", "master");
        fork.writeBranchCopiesDirectly(List.of("copies-too"), "copies");
        repo.addHook(hooks.url(), SECRET, "pull_request");

        toDevelop = repo.openPullRequest("develop", fork, "patch");
        fromSharedCommit = repo.openPullRequest("master", "feature/one");
        fromForkCopies = repo.openPullRequest("master", fork, "copies");
        told = Map.of(
                toDevelop.number(), toldIn(opened(hooks, toDevelop)),
                fromSharedCommit.number(), toldIn(opened(hooks, fromSharedCommit)));
        writer = new ScheduledThreadPoolExecutor(1);
    }

    @AfterAll
    static void close() {
        clients.close();
        writer.shutdownNow();
    }

    private static WebhookDelivery opened(WebhookReceiver hooks, GogsPullRequest pr) {
        return hooks.await(
                d -> {
                    try {
                        var json = JSON.readTree(d.body());
                        return "pull_request".equals(d.event())
                                && "opened".equals(json.path("action").asText())
                                && json.path("number").asLong() == pr.number();
                    } catch (IOException e) {
                        return false;
                    }
                },
                WAIT,
                "the delivery of pull request #" + pr.number() + " opened");
    }

    /** What the webhook layer learns from a real delivery: verified, turned into a notice, its facts. */
    private static PullRequestFacts toldIn(WebhookDelivery delivery) {
        WebhookRequest request = new WebhookRequest(
                delivery.event(),
                delivery.header(WebhookRequest.DELIVERY_HEADER),
                delivery.signature(),
                delivery.header("Content-Type"),
                delivery.body());
        KnownServer known = new KnownServer(server.url(), HookSecret.of(SECRET));
        DeliveryOutcome outcome = new io.jenkins.plugins.gogs.events.WebhookReceiver()
                .receive(request, r -> r.isOnServer(server.url()) ? Optional.of(known) : Optional.empty());
        assertThat(outcome).isInstanceOf(DeliveryOutcome.Accepted.class);
        DeliveryOutcome.Accepted accepted = (DeliveryOutcome.Accepted) outcome;
        assertThat(accepted.signatureVerified()).isTrue();
        ScmNotice notice = ScmNotices.of(accepted.event(), server.url(), true).orElseThrow();
        ChangedHead.PullRequest pr = (ChangedHead.PullRequest) ((ScmNotice.HeadNotice) notice).head();
        return pr.facts().orElseThrow();
    }

    private static RepositoryKey key() {
        return new RepositoryKey(server.url(), repo.owner(), repo.name());
    }

    private static List<PlannedHead> scan(KnownPullRequests known) {
        return new RepositoryScan(client, repo.owner(), repo.name(), new DiscoveryCache(known), new ProbeCache())
                .plan(NEW_SOURCE)
                .plan()
                .heads();
    }

    private static RepositoryScan.Result scanResult(KnownPullRequests known) {
        return new RepositoryScan(client, repo.owner(), repo.name(), new DiscoveryCache(known), new ProbeCache())
                .plan(NEW_SOURCE);
    }

    private static DiscoveredPullRequest pullRequest(List<PlannedHead> heads, long number) {
        return heads.stream()
                .filter(h -> h instanceof PlannedHead.PullRequest pr
                        && pr.pullRequest().number() == number)
                .map(h -> ((PlannedHead.PullRequest) h).pullRequest())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pull request #" + number + " in " + heads));
    }

    private static List<String> branchHeads(List<PlannedHead> heads) {
        return heads.stream()
                .filter(PlannedHead.Branch.class::isInstance)
                .map(PlannedHead::name)
                .toList();
    }

    @Test
    void whatTheDeliveriesSaidIsWhatGogsKnows() {
        assertThat(told.get(toDevelop.number()))
                .isEqualTo(new PullRequestFacts("develop", "patch", mallory.name(), repo.name(), true, mallory.name()));
        assertThat(told.get(fromSharedCommit.number()))
                .isEqualTo(
                        new PullRequestFacts("master", "feature/one", alice.name(), repo.name(), false, alice.name()));
    }

    @Test
    void aRestartKeepsWhatTheDeliveriesSaidAndTheScanAfterItOffersTheSameHeads(@TempDir Path home) throws IOException {
        Path file = home.resolve("known.json");
        KnownPullRequestsFile before = KnownPullRequestsFile.open(file, 100, writer, Duration.ZERO);
        told.forEach((number, facts) -> before.pullRequests().learn(key(), number, facts));
        List<PlannedHead> beforeRestart = scan(before.pullRequests());
        before.flush();

        KnownPullRequestsFile after = KnownPullRequestsFile.open(file, 100, writer, Duration.ZERO);
        List<PlannedHead> afterRestart = scan(after.pullRequests());
        List<PlannedHead> forgotten = scan(new KnownPullRequests()); // what a restart gave before facts were kept

        assertThat(Files.exists(file)).isTrue();
        assertThat(afterRestart).isEqualTo(beforeRestart);
        DiscoveredPullRequest fork = pullRequest(afterRestart, toDevelop.number());
        assertThat(fork.baseBranch()).isEqualTo("develop");
        assertThat(fork.baseBranchGuessed()).isFalse();
        assertThat(fork.head()).isEqualTo(PullRequestHead.fork(mallory.name(), repo.name(), "patch"));
        assertThat(afterRestart)
                .filteredOn(h -> h instanceof PlannedHead.PullRequest pr
                        && pr.pullRequest().number() == toDevelop.number())
                .singleElement()
                .extracting(h -> ((PlannedHead.PullRequest) h).baseSha())
                .isEqualTo(repo.lsRemote("refs/heads/develop").get("refs/heads/develop"));
        assertThat(pullRequest(forgotten, toDevelop.number()).baseBranch())
                .as("without what the delivery said, the target is a guess")
                .isEqualTo("master");
        assertThat(forgotten).isNotEqualTo(beforeRestart);
    }

    @Test
    void severalBranchesAtTheHeadCommitNameNoneUntilADeliveryNamesOne() {
        RepositoryScan.Result guessed = scanResult(new KnownPullRequests());
        KnownPullRequests known = new KnownPullRequests();
        known.learn(key(), fromSharedCommit.number(), told.get(fromSharedCommit.number()));
        List<PlannedHead> named = scan(known);

        DiscoveredPullRequest unnamed = pullRequest(guessed.plan().heads(), fromSharedCommit.number());
        assertThat(unnamed.head()).isEqualTo(PullRequestHead.origin(alice.name(), repo.name(), null));
        assertThat(guessed.plan().notes())
                .anySatisfy(note -> assertThat(note)
                        .contains("#" + fromSharedCommit.number(), "bugfix/b-031", "feature/one", "refs/pull/"));
        assertThat(branchHeads(guessed.plan().heads()))
                .as("neither branch is taken for the pull request's")
                .contains("feature/one", "bugfix/b-031");

        assertThat(pullRequest(named, fromSharedCommit.number()).head())
                .isEqualTo(PullRequestHead.origin(alice.name(), repo.name(), "feature/one"));
        assertThat(branchHeads(named)).contains("bugfix/b-031").doesNotContain("feature/one");
    }

    @Test
    void severalBranchesOfAForkAtTheHeadCommitNameTheForkButNoBranch() {
        DiscoveredPullRequest pr = pullRequest(scan(new KnownPullRequests()), fromForkCopies.number());

        assertThat(pr.head()).isEqualTo(PullRequestHead.fork(mallory.name(), repo.name(), null));
    }

    @Test
    void factsAboutAnotherPullRequestOfThatNumberAreDropped() {
        KnownPullRequests known = new KnownPullRequests();
        PullRequestFacts stale = new PullRequestFacts("develop", "elsewhere", "eve", "identity", true, "eve");
        known.learn(key(), fromSharedCommit.number(), stale);

        DiscoveredPullRequest pr = pullRequest(scan(known), fromSharedCommit.number());

        assertThat(pr.baseBranch()).isEqualTo("master");
        assertThat(pr.head().kind()).isEqualTo(PullRequestHead.Kind.ORIGIN);
        assertThat(known.facts(key(), fromSharedCommit.number())).isEmpty();
    }
}
