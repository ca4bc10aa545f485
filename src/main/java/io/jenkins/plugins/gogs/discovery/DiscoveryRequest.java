package io.jenkins.plugins.gogs.discovery;

import java.util.HashMap;
import java.util.Map;

/**
 * What a {@link HeadDiscovery} should find. Nothing is requested from Gogs for a kind that is not wanted.
 *
 * @param baseBranches pull request number to the branch it targets, as the caller learned it (the webhook layer
 *                     reads it from {@code pull_request} payloads); Gogs' API cannot tell it, so pull requests not in
 *                     here (nor remembered by {@link DiscoveryCache#rememberBaseBranch}) get the default branch
 */
public record DiscoveryRequest(
        boolean branches,
        boolean tags,
        boolean originPullRequests,
        boolean forkPullRequests,
        Map<Long, String> baseBranches) {

    public DiscoveryRequest {
        baseBranches = Map.copyOf(baseBranches);
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
        return new DiscoveryRequest(wanted, tags, originPullRequests, forkPullRequests, baseBranches);
    }

    public DiscoveryRequest withTags(boolean wanted) {
        return new DiscoveryRequest(branches, wanted, originPullRequests, forkPullRequests, baseBranches);
    }

    public DiscoveryRequest withOriginPullRequests(boolean wanted) {
        return new DiscoveryRequest(branches, tags, wanted, forkPullRequests, baseBranches);
    }

    public DiscoveryRequest withForkPullRequests(boolean wanted) {
        return new DiscoveryRequest(branches, tags, originPullRequests, wanted, baseBranches);
    }

    /** Adds known base branches (pull request number to branch name); later values win. */
    public DiscoveryRequest withBaseBranches(Map<Long, String> known) {
        Map<Long, String> merged = new HashMap<>(baseBranches);
        merged.putAll(known);
        return new DiscoveryRequest(branches, tags, originPullRequests, forkPullRequests, merged);
    }

    public boolean wantsPullRequests() {
        return originPullRequests || forkPullRequests;
    }

    public boolean wantsAnything() {
        return branches || tags || wantsPullRequests();
    }
}
