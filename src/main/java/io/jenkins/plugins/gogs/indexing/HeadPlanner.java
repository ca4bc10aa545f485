package io.jenkins.plugins.gogs.indexing;

import io.jenkins.plugins.gogs.discovery.DiscoveredBranch;
import io.jenkins.plugins.gogs.discovery.DiscoveredHeads;
import io.jenkins.plugins.gogs.discovery.DiscoveredPullRequest;
import io.jenkins.plugins.gogs.discovery.DiscoveredTag;
import io.jenkins.plugins.gogs.discovery.PullRequestHead;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Turns what the discovery found into the heads a scan offers, by the source's options. */
@Restricted(NoExternalUse.class)
public final class HeadPlanner {

    private HeadPlanner() {}

    public static HeadPlan plan(DiscoveredHeads discovered, IndexingOptions options) {
        List<PlannedHead> heads = new ArrayList<>();
        List<String> notes = new ArrayList<>(discovered.warnings());
        Map<String, String> branchTips = new HashMap<>();
        discovered.branches().forEach(b -> branchTips.put(b.name(), b.sha()));
        Set<String> pullRequestBranches = originPullRequestBranches(discovered.pullRequests());

        if (options.wantsBranches()) {
            for (DiscoveredBranch branch : discovered.branches()) {
                boolean isPullRequest = pullRequestBranches.contains(branch.name());
                if (isPullRequest ? options.branchesAlsoPullRequests() : options.branchesNotPullRequests()) {
                    heads.add(new PlannedHead.Branch(branch.name(), branch.sha()));
                }
            }
        }
        for (DiscoveredPullRequest pull : discovered.pullRequests()) {
            Set<CheckoutStrategy> strategies =
                    pull.head().isFork() ? options.forkStrategies() : options.originStrategies();
            if (strategies.isEmpty()) {
                continue;
            }
            String baseSha = branchTips.get(pull.baseBranch());
            if (baseSha == null) {
                notes.add(Messages.HeadPlanner_TargetMissing(String.valueOf(pull.number()), pull.baseBranch()));
                continue;
            }
            if (pull.baseBranchGuessed()) {
                notes.add(Messages.HeadPlanner_TargetGuessed(String.valueOf(pull.number()), pull.baseBranch()));
            }
            for (CheckoutStrategy strategy : ordered(strategies)) {
                heads.add(new PlannedHead.PullRequest(
                        name(pull.number(), strategy, strategies.size() > 1), pull, strategy, baseSha));
            }
        }
        if (options.tags()) {
            for (DiscoveredTag tag : discovered.tags()) {
                heads.add(new PlannedHead.Tag(tag.name(), tag.commitSha(), tag.commitTime()));
            }
        }
        return new HeadPlan(heads, notes);
    }

    /** {@code PR-7}, or {@code PR-7-head} / {@code PR-7-merge} when both ways are built. */
    public static String name(long number, CheckoutStrategy strategy, boolean bothStrategies) {
        String name = "PR-" + number;
        return bothStrategies ? name + "-" + strategy.name().toLowerCase(java.util.Locale.ROOT) : name;
    }

    private static Set<String> originPullRequestBranches(List<DiscoveredPullRequest> pulls) {
        Set<String> branches = new HashSet<>();
        for (DiscoveredPullRequest pull : pulls) {
            if (pull.head().kind() == PullRequestHead.Kind.ORIGIN && pull.head().branch() != null) {
                branches.add(pull.head().branch());
            }
        }
        return branches;
    }

    private static List<CheckoutStrategy> ordered(Set<CheckoutStrategy> strategies) {
        List<CheckoutStrategy> ordered = new ArrayList<>();
        for (CheckoutStrategy s : CheckoutStrategy.values()) {
            if (strategies.contains(s)) {
                ordered.add(s);
            }
        }
        return ordered;
    }
}
