package io.jenkins.plugins.gogs.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.discovery.DiscoveredBranch;
import io.jenkins.plugins.gogs.discovery.DiscoveredHeads;
import io.jenkins.plugins.gogs.discovery.DiscoveredPullRequest;
import io.jenkins.plugins.gogs.discovery.PullRequestHead;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases a real Gogs cannot be put into on demand: a target branch deleted between listing and planning. */
class HeadPlannerEdgeCasesTest {

    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);

    private static final IndexingOptions PULL_REQUESTS = new IndexingOptions(
            false, true, false, EnumSet.of(CheckoutStrategy.MERGE), EnumSet.of(CheckoutStrategy.MERGE));

    @Test
    void aPullRequestWhoseTargetBranchIsGoneIsLeftOutAndSaidSo() {
        DiscoveredPullRequest pull =
                new DiscoveredPullRequest(3, B, "t", "bob", "release", false, PullRequestHead.unknownFork());
        DiscoveredHeads heads = new DiscoveredHeads(
                List.of(new DiscoveredBranch("master", A)), List.of(), List.of(pull), "master", List.of());

        HeadPlan plan = HeadPlanner.plan(heads, PULL_REQUESTS);

        assertThat(plan.heads()).extracting(PlannedHead::name).containsExactly("master");
        assertThat(plan.notes()).singleElement().asString().contains("#3").contains("release");
    }

    @Test
    void aGuessedTargetIsUsedAndSaidSo() {
        DiscoveredPullRequest pull = new DiscoveredPullRequest(
                4, B, "t", "bob", "master", true, PullRequestHead.fork("bob", "repo", "topic"));
        DiscoveredHeads heads = new DiscoveredHeads(
                List.of(new DiscoveredBranch("master", A)),
                List.of(),
                List.of(pull),
                "master",
                List.of("a warning from discovery"));

        HeadPlan plan = HeadPlanner.plan(heads, PULL_REQUESTS);

        assertThat(plan.heads()).extracting(PlannedHead::name).containsExactly("master", "PR-4");
        assertThat(plan.notes()).hasSize(2).first().isEqualTo("a warning from discovery");
        assertThat(plan.notes().get(1)).contains("#4").contains("default branch");
    }

    @Test
    void withoutBranchDiscoveryTheDiscoveryIsStillAskedForBranchesWhenPullRequestsNeedTargets() {
        IndexingOptions options = new IndexingOptions(
                false, false, false, EnumSet.noneOf(CheckoutStrategy.class), EnumSet.of(CheckoutStrategy.HEAD));

        var request = options.discoveryRequest(Map.of(7L, "develop"));

        assertThat(request.branches()).isTrue();
        assertThat(request.originPullRequests()).isFalse();
        assertThat(request.forkPullRequests()).isTrue();
        assertThat(request.recordedBaseBranches()).containsEntry(7L, "develop");
    }

    @Test
    void excludingPullRequestBranchesNeedsOriginPullRequestsEvenWithoutTheirDiscovery() {
        IndexingOptions options = new IndexingOptions(
                false, true, false, EnumSet.noneOf(CheckoutStrategy.class), EnumSet.noneOf(CheckoutStrategy.class));

        assertThat(options.discoveryRequest(Map.of()).originPullRequests()).isTrue();
        assertThat(new IndexingOptions(
                                true,
                                true,
                                false,
                                EnumSet.noneOf(CheckoutStrategy.class),
                                EnumSet.noneOf(CheckoutStrategy.class))
                        .discoveryRequest(Map.of())
                        .originPullRequests())
                .isFalse();
    }
}
