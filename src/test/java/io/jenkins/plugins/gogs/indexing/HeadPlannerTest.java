package io.jenkins.plugins.gogs.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.discovery.DiscoveredHeads;
import io.jenkins.plugins.gogs.discovery.DiscoveryCache;
import io.jenkins.plugins.gogs.discovery.HeadDiscovery;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a scan of a real repository offers Jenkins, by the traits' options: which branches (those that are also pull
 * requests or not), pull requests from the repository and from forks with their job names and target commits, tags.
 */
@RealGogs
class HeadPlannerTest {

    private static final Set<CheckoutStrategy> MERGE = EnumSet.of(CheckoutStrategy.MERGE);
    private static final Set<CheckoutStrategy> BOTH = EnumSet.allOf(CheckoutStrategy.class);
    private static final Set<CheckoutStrategy> NONE = Set.of();

    private static GogsClient client;
    private static GogsRepository upstream;
    private static GogsPullRequest originPull;
    private static GogsPullRequest forkPull;
    private static String tagged;

    @BeforeAll
    static void seed(GogsServer gogs) {
        GogsUser alice = gogs.createUser("alice");
        GogsUser bob = gogs.createUser("bob");
        upstream = alice.createRepository("planned").withInitialCommit();
        upstream.pushBranch("feature/in-review");
        upstream.pushBranch("lonely");
        originPull = upstream.openPullRequest("master", "feature/in-review");
        GogsRepository fork = bob.fork(upstream);
        fork.pushBranch("fix/typo");
        forkPull = upstream.openPullRequest("master", fork, "fix/typo");
        tagged = upstream.pushTag("v1.0");
        client = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token(alice.token()))
                .build();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static HeadPlan plan(IndexingOptions options) {
        HeadDiscovery discovery = new HeadDiscovery(client, upstream.owner(), upstream.name(), new DiscoveryCache());
        DiscoveredHeads heads = discovery.discover(options.discoveryRequest(Map.of()));
        return HeadPlanner.plan(heads, options);
    }

    private static List<String> names(HeadPlan plan) {
        return plan.heads().stream().map(PlannedHead::name).toList();
    }

    private static String pr(GogsPullRequest pull) {
        return "PR-" + pull.number();
    }

    @Test
    void byDefaultBranchesThatAreAlsoPullRequestsAreBuiltOnlyAsThePullRequest() {
        HeadPlan plan = plan(new IndexingOptions(false, true, false, MERGE, MERGE));

        assertThat(names(plan)).containsExactly("lonely", "master", pr(originPull), pr(forkPull));
    }

    @Test
    void onlyTheBranchesThatArePullRequests() {
        HeadPlan plan = plan(new IndexingOptions(true, false, false, NONE, NONE));

        assertThat(names(plan)).containsExactly("feature/in-review");
    }

    @Test
    void everyBranchWithItsTip() {
        Map<String, String> tips = upstream.lsRemote("refs/heads/*");

        HeadPlan plan = plan(new IndexingOptions(true, true, false, NONE, NONE));

        assertThat(plan.heads()).allSatisfy(h -> assertThat(h).isInstanceOf(PlannedHead.Branch.class));
        assertThat(plan.heads())
                .extracting(PlannedHead::name, PlannedHead::commitSha)
                .containsExactlyInAnyOrderElementsOf(tips.entrySet().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(
                                e.getKey().substring("refs/heads/".length()), e.getValue()))
                        .toList());
    }

    @Test
    void bothStrategiesMakeTwoJobsPerPullRequestAgainstTheTargetsCurrentCommit() {
        Map<String, String> refs = upstream.lsRemote("refs/heads/master", "refs/pull/*");

        HeadPlan plan = plan(new IndexingOptions(false, false, false, BOTH, NONE));

        assertThat(names(plan)).containsExactly(pr(originPull) + "-head", pr(originPull) + "-merge");
        assertThat(plan.heads()).allSatisfy(h -> {
            PlannedHead.PullRequest pull = (PlannedHead.PullRequest) h;
            assertThat(pull.baseSha()).isEqualTo(refs.get("refs/heads/master"));
            assertThat(pull.commitSha()).isEqualTo(refs.get(originPull.headRef()));
            assertThat(pull.fork()).isFalse();
            assertThat(pull.pullRequest().head().branch()).isEqualTo("feature/in-review");
        });
        assertThat(plan.heads())
                .extracting(h -> ((PlannedHead.PullRequest) h).strategy())
                .containsExactly(CheckoutStrategy.HEAD, CheckoutStrategy.MERGE);
    }

    @Test
    void forkPullRequestsOnlyWithTheForkOptionAndMarkedAsFromAFork() {
        HeadPlan plan = plan(new IndexingOptions(false, false, false, NONE, MERGE));

        assertThat(names(plan)).containsExactly(pr(forkPull));
        PlannedHead.PullRequest pull = (PlannedHead.PullRequest) plan.heads().get(0);
        assertThat(pull.fork()).isTrue();
        assertThat(pull.strategy()).isEqualTo(CheckoutStrategy.MERGE);
        assertThat(pull.pullRequest().head().branch()).isEqualTo("fix/typo");
    }

    @Test
    void tagsAtTheTaggedCommitWithItsTime() {
        HeadPlan plan = plan(new IndexingOptions(false, false, true, NONE, NONE));

        assertThat(plan.heads()).hasSize(1);
        PlannedHead.Tag tag = (PlannedHead.Tag) plan.heads().get(0);
        assertThat(tag.name()).isEqualTo("v1.0");
        assertThat(tag.commitSha()).isEqualTo(tagged);
        var commitTime = client.repo(upstream.owner(), upstream.name())
                .commit(tagged)
                .orElseThrow()
                .commit()
                .author()
                .date()
                .toInstant();
        assertThat(tag.commitTime()).isEqualTo(commitTime);
    }

    @Test
    void aScanThatWantsOnlyPullRequestsStillKnowsTheirTargetCommit() {
        String master = upstream.lsRemote("refs/heads/master").get("refs/heads/master");

        HeadPlan plan = plan(new IndexingOptions(false, false, false, MERGE, MERGE));

        assertThat(names(plan)).containsExactly(pr(originPull), pr(forkPull));
        assertThat(plan.heads())
                .allSatisfy(
                        h -> assertThat(((PlannedHead.PullRequest) h).baseSha()).isEqualTo(master));
    }

    @Test
    void nothingWantedOffersNothing() {
        assertThat(plan(new IndexingOptions(false, false, false, NONE, NONE)).heads())
                .isEmpty();
    }
}
