package io.jenkins.plugins.gogs.discovery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What a {@link HeadDiscovery} found: only the kinds the {@link DiscoveryRequest} asked for (the others are empty).
 *
 * @param branches      in git's order (by name)
 * @param tags          in git's order (by name)
 * @param pullRequests  open pull requests, by number
 * @param defaultBranch the repository's default branch, or null when nothing needed it and git did not say
 * @param warnings      what could not be discovered and why (e.g. pull requests skipped because issues are
 *                      disabled), for the scan log; never a failure
 */
@Restricted(NoExternalUse.class)
public record DiscoveredHeads(
        List<DiscoveredBranch> branches,
        List<DiscoveredTag> tags,
        List<DiscoveredPullRequest> pullRequests,
        String defaultBranch,
        List<String> warnings) {

    public DiscoveredHeads {
        branches = List.copyOf(branches);
        tags = List.copyOf(tags);
        pullRequests = List.copyOf(pullRequests);
        warnings = List.copyOf(warnings);
    }

    /** Nothing: an empty repository, or a request for nothing. */
    public static DiscoveredHeads none() {
        return new DiscoveredHeads(List.of(), List.of(), List.of(), null, List.of());
    }

    /**
     * The distinct commits of all heads (branch tips, tagged commits, pull request heads), each once: what a scan has
     * to probe at most. Branches on the same commit share it.
     */
    public Set<String> distinctCommits() {
        Set<String> shas = new LinkedHashSet<>();
        branches.forEach(b -> shas.add(b.sha()));
        tags.forEach(t -> shas.add(t.commitSha()));
        pullRequests.forEach(p -> shas.add(p.headSha()));
        return shas;
    }
}
