package io.jenkins.plugins.gogs.indexing;

import io.jenkins.plugins.gogs.discovery.DiscoveryRequest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What a multibranch scan should produce, as the source's traits configure it.
 *
 * @param branchesAlsoPullRequests branches that are the head branch of an open pull request from the same repository
 * @param branchesNotPullRequests  the other branches
 * @param originStrategies         how to build pull requests from the same repository (none: not discovered)
 * @param forkStrategies           how to build pull requests from forks (none: not discovered)
 */
@Restricted(NoExternalUse.class)
public record IndexingOptions(
        boolean branchesAlsoPullRequests,
        boolean branchesNotPullRequests,
        boolean tags,
        Set<CheckoutStrategy> originStrategies,
        Set<CheckoutStrategy> forkStrategies) {

    public IndexingOptions {
        originStrategies = originStrategies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(originStrategies));
        forkStrategies = forkStrategies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(forkStrategies));
    }

    public boolean wantsBranches() {
        return branchesAlsoPullRequests || branchesNotPullRequests;
    }

    /**
     * These options narrowed to one kind of head, for looking up a single head: the plan then holds exactly the heads
     * of that kind the full plan holds, and the discovery asks only what they need. Branches keep the origin pull
     * requests when the branch filter depends on them; pull requests keep the branch listing (their targets' tips,
     * the same single request) but no tags.
     */
    public IndexingOptions onlyFor(HeadKind kind) {
        return switch (kind) {
            case BRANCH ->
                new IndexingOptions(branchesAlsoPullRequests, branchesNotPullRequests, false, Set.of(), Set.of());
            case TAG -> new IndexingOptions(false, false, tags, Set.of(), Set.of());
            case PULL_REQUEST -> new IndexingOptions(false, false, false, originStrategies, forkStrategies);
        };
    }

    /**
     * What to ask the discovery for. Branches are listed whenever pull requests are wanted (their targets' commits
     * come from there; the listing is the same single request), and origin pull requests whenever branches are to
     * be told apart by being one.
     *
     * @param recordedBaseBranches pull request number to the target branch Jenkins recorded for it (see
     *                             {@link DiscoveryRequest#recordedBaseBranches()})
     */
    public DiscoveryRequest discoveryRequest(Map<Long, String> recordedBaseBranches) {
        boolean pullRequests = !originStrategies.isEmpty() || !forkStrategies.isEmpty();
        boolean branchesDependOnPullRequests = branchesAlsoPullRequests != branchesNotPullRequests;
        return DiscoveryRequest.nothing()
                .withBranches(wantsBranches() || pullRequests)
                .withTags(tags)
                .withOriginPullRequests(!originStrategies.isEmpty() || branchesDependOnPullRequests)
                .withForkPullRequests(!forkStrategies.isEmpty())
                .withRecordedBaseBranches(recordedBaseBranches);
    }
}
