package io.jenkins.plugins.gogs.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.discovery.DiscoveredBranch;
import io.jenkins.plugins.gogs.discovery.DiscoveredHeads;
import io.jenkins.plugins.gogs.discovery.DiscoveredPullRequest;
import io.jenkins.plugins.gogs.discovery.DiscoveredTag;
import io.jenkins.plugins.gogs.discovery.DiscoveryRequest;
import io.jenkins.plugins.gogs.discovery.PullRequestHead;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Looking up one head (what a build's fetch does) asks the discovery only for that head's kind, and plans the same
 * heads of that kind as a full scan.
 */
class OneKindOptionsTest {

    private static final Set<CheckoutStrategy> MERGE = EnumSet.of(CheckoutStrategy.MERGE);
    private static final Set<CheckoutStrategy> NONE = Set.of();
    /** Every branch, tags, pull requests from the repository and forks. */
    private static final IndexingOptions EVERYTHING = new IndexingOptions(true, true, true, MERGE, MERGE);
    /** A new source: branches that are not pull requests (needs the origin pull requests), pull requests, tags. */
    private static final IndexingOptions NEW_SOURCE = new IndexingOptions(false, true, true, MERGE, MERGE);

    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);
    private static final String C = "c".repeat(40);
    private static final String D = "d".repeat(40);

    private static DiscoveryRequest request(IndexingOptions options, HeadKind kind) {
        return options.onlyFor(kind).discoveryRequest(Map.of());
    }

    @Test
    void aBranchNeedsOnlyTheBranchListingWhenTheBranchFilterDoesNotDependOnPullRequests() {
        DiscoveryRequest branch = request(EVERYTHING, HeadKind.BRANCH);

        assertThat(branch).isEqualTo(DiscoveryRequest.nothing().withBranches(true));
    }

    @Test
    void aBranchKeepsTheOriginPullRequestsWhenTheyDecideWhetherItIsBuilt() {
        DiscoveryRequest branch = request(NEW_SOURCE, HeadKind.BRANCH);

        assertThat(branch)
                .isEqualTo(DiscoveryRequest.nothing().withBranches(true).withOriginPullRequests(true));
    }

    @Test
    void aTagNeedsOnlyTags() {
        assertThat(request(EVERYTHING, HeadKind.TAG))
                .isEqualTo(DiscoveryRequest.nothing().withTags(true));
    }

    @Test
    void aPullRequestNeedsPullRequestsAndBranchTipsButNoTags() {
        assertThat(request(NEW_SOURCE, HeadKind.PULL_REQUEST))
                .isEqualTo(DiscoveryRequest.nothing()
                        .withBranches(true)
                        .withOriginPullRequests(true)
                        .withForkPullRequests(true));
        IndexingOptions forksOnly = new IndexingOptions(false, true, true, NONE, MERGE);
        assertThat(request(forksOnly, HeadKind.PULL_REQUEST))
                .isEqualTo(DiscoveryRequest.nothing().withBranches(true).withForkPullRequests(true));
    }

    @Test
    void aKindTheTraitsDoNotDiscoverAsksNothing() {
        IndexingOptions branchesOnly = new IndexingOptions(true, true, false, NONE, NONE);

        assertThat(request(branchesOnly, HeadKind.TAG).wantsAnything()).isFalse();
        assertThat(request(branchesOnly, HeadKind.PULL_REQUEST).wantsAnything()).isFalse();
        assertThat(request(new IndexingOptions(false, false, true, MERGE, NONE), HeadKind.BRANCH)
                        .wantsAnything())
                .isFalse();
    }

    /** master and lonely; in-review is the head of origin pull request #1; #2 comes from a fork; tag v1. */
    private static DiscoveredHeads discovered(DiscoveryRequest request) {
        List<DiscoveredBranch> branches = request.branches()
                ? List.of(
                        new DiscoveredBranch("master", A),
                        new DiscoveredBranch("in-review", B),
                        new DiscoveredBranch("lonely", C))
                : List.of();
        List<DiscoveredTag> tags = request.tags() ? List.of(new DiscoveredTag("v1", A, A, Instant.EPOCH)) : List.of();
        List<DiscoveredPullRequest> pulls = new java.util.ArrayList<>();
        if (request.originPullRequests()) {
            pulls.add(new DiscoveredPullRequest(
                    1, B, "t", "alice", "master", false, PullRequestHead.origin("alice", "repo", "in-review")));
        }
        if (request.forkPullRequests()) {
            pulls.add(new DiscoveredPullRequest(
                    2, D, "t", "bob", "master", false, PullRequestHead.fork("bob", "repo", "fix")));
        }
        return new DiscoveredHeads(branches, tags, pulls, "master", List.of());
    }

    private static List<String> planned(IndexingOptions options) {
        return HeadPlanner.plan(discovered(options.discoveryRequest(Map.of())), options).heads().stream()
                .map(PlannedHead::name)
                .toList();
    }

    @Test
    void eachKindPlansExactlyTheHeadsOfThatKindAFullScanPlans() {
        for (IndexingOptions options :
                List.of(EVERYTHING, NEW_SOURCE, new IndexingOptions(true, false, true, NONE, MERGE))) {
            List<String> full = planned(options);
            List<String> branches = planned(options.onlyFor(HeadKind.BRANCH));
            List<String> tags = planned(options.onlyFor(HeadKind.TAG));
            List<String> pulls = planned(options.onlyFor(HeadKind.PULL_REQUEST));

            assertThat(branches).noneMatch(n -> n.startsWith("PR-") || n.equals("v1"));
            assertThat(tags).allMatch(n -> n.equals("v1"));
            assertThat(pulls).allMatch(n -> n.startsWith("PR-"));
            assertThat(concat(branches, pulls, tags)).as("options %s", options).isEqualTo(full);
        }
        // the branch filter still leaves out the branch of an open pull request
        assertThat(planned(NEW_SOURCE.onlyFor(HeadKind.BRANCH))).containsExactly("master", "lonely");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
