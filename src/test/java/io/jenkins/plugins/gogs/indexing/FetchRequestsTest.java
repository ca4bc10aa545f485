package io.jenkins.plugins.gogs.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RequestCounter;
import io.jenkins.plugins.gogs.client.RequestEvent;
import io.jenkins.plugins.gogs.discovery.DiscoveryCache;
import io.jenkins.plugins.gogs.discovery.ProbeCache;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a build's {@code fetch(head)} asks Gogs: the adapter looks the head up among the heads of its kind only
 * ({@link IndexingOptions#onlyFor}), so a branch build asks no pull request state, tags or forks. A repository with
 * an open pull request from a branch, one from a fork, and two tags.
 */
@RealGogs
class FetchRequestsTest {

    private static final Logger LOGGER = Logger.getLogger(FetchRequestsTest.class.getName());
    private static final Set<CheckoutStrategy> MERGE = EnumSet.of(CheckoutStrategy.MERGE);
    /** Every branch, tags, pull requests from the repository and forks. */
    private static final IndexingOptions ALL_BRANCHES = new IndexingOptions(true, true, true, MERGE, MERGE);
    /** A new source (branches that are not pull requests, pull requests from both) that also discovers tags. */
    private static final IndexingOptions NEW_SOURCE = new IndexingOptions(false, true, true, MERGE, MERGE);

    private static TestClients clients;
    private static GogsClient client;
    private static final RequestCounter COUNTER = new RequestCounter();
    private static final List<RequestEvent> REQUESTS = new CopyOnWriteArrayList<>();
    private static GogsRepository repo;
    private static GogsPullRequest originPull;
    private static GogsPullRequest forkPull;

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new TestClients(gogs);
        GogsUser alice = gogs.createUser("alice");
        GogsUser bob = gogs.createUser("bob");
        client = clients.as(alice, COUNTER, REQUESTS::add);
        repo = alice.createRepository("fetched").withInitialCommit();
        repo.pushTag("v1");
        repo.pushAnnotatedTag("v2", "Version 2");
        repo.pushBranch("topic/open");
        originPull = repo.openPullRequest("master", "topic/open");
        GogsRepository fork = bob.fork(repo);
        fork.pushBranch("fix");
        forkPull = repo.openPullRequest("master", fork, "fix");
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

    private static String refs() {
        return "/" + repo.owner() + "/" + repo.name() + ".git/info/refs?service=git-upload-pack";
    }

    private static String issue(GogsPullRequest pull) {
        return repo.apiPath() + "/issues/" + pull.number();
    }

    private static RepositoryScan scan(DiscoveryCache cache) {
        return new RepositoryScan(client, repo.owner(), repo.name(), cache, new ProbeCache());
    }

    private static List<PlannedHead> heads(DiscoveryCache cache, IndexingOptions options) {
        return scan(cache).plan(options).plan().heads();
    }

    @Test
    void aBranchFetchCostsOnlyTheRefListingWhereAFullDiscoveryAskedEverything() {
        DiscoveryCache cache = new DiscoveryCache();
        List<PlannedHead> full = heads(cache, ALL_BRANCHES);
        List<String> fullFirst = takeTargets();
        heads(cache, ALL_BRANCHES);
        List<String> fullAgain = takeTargets();

        List<PlannedHead> branches = heads(new DiscoveryCache(), ALL_BRANCHES.onlyFor(HeadKind.BRANCH));
        List<String> branchFetch = takeTargets();

        assertThat(fullFirst)
                .hasSize(6)
                .contains(
                        refs(),
                        repo.apiPath() + "/tags",
                        issue(originPull),
                        issue(forkPull),
                        repo.apiPath() + "/forks");
        assertThat(fullAgain).containsExactly(refs(), issue(originPull), issue(forkPull));
        assertThat(branchFetch).containsExactly(refs());
        assertThat(branches)
                .isNotEmpty()
                .isEqualTo(full.stream()
                        .filter(h -> h instanceof PlannedHead.Branch)
                        .toList());
        assertThat(branches).extracting(PlannedHead::name).containsExactlyInAnyOrder("master", "topic/open");
        LOGGER.info(() -> "Branch fetch: full discovery " + fullFirst.size() + " requests (" + fullAgain.size()
                + " warm), narrowed " + branchFetch.size());
    }

    @Test
    void withTheDefaultBranchFilterABranchFetchAlsoAsksTheStateOfOriginPullRequestsOnly() {
        DiscoveryCache cache = new DiscoveryCache();
        List<PlannedHead> full = heads(cache, NEW_SOURCE);
        takeTargets();

        List<PlannedHead> branches = heads(cache, NEW_SOURCE.onlyFor(HeadKind.BRANCH));

        // the open pull request's branch is still left out: that needs the pull request's state
        assertThat(takeTargets()).containsExactly(refs(), issue(originPull));
        assertThat(branches).extracting(PlannedHead::name).containsExactly("master");
        assertThat(branches)
                .isEqualTo(full.stream()
                        .filter(h -> h instanceof PlannedHead.Branch)
                        .toList());
    }

    @Test
    void tagAndPullRequestFetchesAskOnlyWhatTheirKindNeeds() {
        DiscoveryCache cache = new DiscoveryCache();
        List<PlannedHead> full = heads(cache, NEW_SOURCE);
        takeTargets();

        List<PlannedHead> tags = heads(new DiscoveryCache(), NEW_SOURCE.onlyFor(HeadKind.TAG));
        List<String> tagFetch = takeTargets();
        List<PlannedHead> pulls = heads(cache, NEW_SOURCE.onlyFor(HeadKind.PULL_REQUEST));
        List<String> pullFetch = takeTargets();

        assertThat(tagFetch).containsExactly(refs(), repo.apiPath() + "/tags");
        assertThat(tags).extracting(PlannedHead::name).containsExactlyInAnyOrder("v1", "v2");
        assertThat(tags)
                .isEqualTo(
                        full.stream().filter(h -> h instanceof PlannedHead.Tag).toList());
        assertThat(pullFetch).containsExactly(refs(), issue(originPull), issue(forkPull));
        assertThat(pulls)
                .extracting(PlannedHead::name)
                .containsExactly("PR-" + originPull.number(), "PR-" + forkPull.number());
        assertThat(pulls)
                .isEqualTo(full.stream()
                        .filter(h -> h instanceof PlannedHead.PullRequest)
                        .toList());
    }
}
