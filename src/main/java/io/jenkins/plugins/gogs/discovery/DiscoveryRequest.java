package io.jenkins.plugins.gogs.discovery;

import java.util.HashMap;
import java.util.Map;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What a {@link HeadDiscovery} should find. Nothing is requested from Gogs for a kind that is not wanted.
 *
 * @param recordedBaseBranches pull request number to the branch the caller recorded it to target (a job's head, as
 *                             Jenkins keeps it); used for a pull request Gogs' deliveries told nothing about
 *                             ({@link KnownPullRequests}), before the default branch is guessed. Gogs' API cannot
 *                             tell a pull request's target.
 */
@Restricted(NoExternalUse.class)
public record DiscoveryRequest(
        boolean branches,
        boolean tags,
        boolean originPullRequests,
        boolean forkPullRequests,
        Map<Long, String> recordedBaseBranches) {

    public DiscoveryRequest {
        recordedBaseBranches = Map.copyOf(recordedBaseBranches);
    }

    /** Branches, tags and pull requests from the repository and its forks. */
    public static DiscoveryRequest everything() {
        return new DiscoveryRequest(true, true, true, true, Map.of());
    }

    /** Nothing; add kinds with the {@code with...} methods. */
    public static DiscoveryRequest nothing() {
        return new DiscoveryRequest(false, false, false, false, Map.of());
    }

    public DiscoveryRequest withBranches(boolean wanted) {
        return new DiscoveryRequest(wanted, tags, originPullRequests, forkPullRequests, recordedBaseBranches);
    }

    public DiscoveryRequest withTags(boolean wanted) {
        return new DiscoveryRequest(branches, wanted, originPullRequests, forkPullRequests, recordedBaseBranches);
    }

    public DiscoveryRequest withOriginPullRequests(boolean wanted) {
        return new DiscoveryRequest(branches, tags, wanted, forkPullRequests, recordedBaseBranches);
    }

    public DiscoveryRequest withForkPullRequests(boolean wanted) {
        return new DiscoveryRequest(branches, tags, originPullRequests, wanted, recordedBaseBranches);
    }

    /** Adds recorded base branches (pull request number to branch name); later values win. */
    public DiscoveryRequest withRecordedBaseBranches(Map<Long, String> recorded) {
        Map<Long, String> merged = new HashMap<>(recordedBaseBranches);
        merged.putAll(recorded);
        return new DiscoveryRequest(branches, tags, originPullRequests, forkPullRequests, merged);
    }

    public boolean wantsPullRequests() {
        return originPullRequests || forkPullRequests;
    }

    public boolean wantsAnything() {
        return branches || tags || wantsPullRequests();
    }
}
