package io.jenkins.plugins.gogs.scm;

import io.jenkins.plugins.gogs.discovery.DiscoveredPullRequest;
import io.jenkins.plugins.gogs.discovery.PullRequestHead;
import io.jenkins.plugins.gogs.indexing.CheckoutStrategy;
import io.jenkins.plugins.gogs.indexing.IndexingOptions;
import io.jenkins.plugins.gogs.indexing.PlannedHead;
import java.util.EnumSet;
import java.util.Set;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadOrigin;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Translates between the Jenkins-free scan plan and scm-api heads and revisions. */
@Restricted(NoExternalUse.class)
final class HeadMapping {

    private HeadMapping() {}

    static IndexingOptions options(GogsSCMSourceRequest request) {
        return new IndexingOptions(
                request.wantBranches() && request.branchesAlsoPullRequests(),
                request.wantBranches() && request.branchesNotPullRequests(),
                request.wantTags(),
                strategies(request.originPullRequestStrategies()),
                strategies(request.forkPullRequestStrategies()));
    }

    static SCMHead head(PlannedHead planned) {
        if (planned instanceof PlannedHead.Branch branch) {
            return new BranchSCMHead(branch.name());
        }
        if (planned instanceof PlannedHead.Tag tag) {
            return new GogsTagSCMHead(tag.name(), tag.commitTime().toEpochMilli());
        }
        PlannedHead.PullRequest pr = (PlannedHead.PullRequest) planned;
        DiscoveredPullRequest pull = pr.pullRequest();
        PullRequestHead source = pull.head();
        SCMHeadOrigin origin = !source.isFork()
                ? SCMHeadOrigin.DEFAULT
                : new SCMHeadOrigin.Fork(source.owner() != null ? source.owner() : "unknown-fork");
        return new PullRequestSCMHead(
                pr.name(),
                pull.number(),
                new BranchSCMHead(pull.baseBranch()),
                strategy(pr.strategy()),
                origin,
                source.owner(),
                source.repository(),
                source.branch());
    }

    /**
     * Whether the planned head is the one a job recorded as {@code head}: the same kind and name, for a pull request
     * also the same number. Target and origin are left out on purpose (see {@link HeadLookup#current}).
     */
    static boolean isFor(PlannedHead planned, SCMHead head) {
        if (planned instanceof PlannedHead.PullRequest pr) {
            return head instanceof PullRequestSCMHead recorded
                    && recorded.getNumber() == pr.pullRequest().number()
                    && recorded.getName().equals(pr.name());
        }
        if (planned instanceof PlannedHead.Tag) {
            return head instanceof GogsTagSCMHead && head.getName().equals(planned.name());
        }
        return head instanceof BranchSCMHead && head.getName().equals(planned.name());
    }

    static SCMRevision revision(SCMHead head, PlannedHead planned) {
        if (head instanceof BranchSCMHead branch) {
            return new BranchSCMRevision(branch, planned.commitSha());
        }
        if (head instanceof GogsTagSCMHead tag) {
            return new GogsTagSCMRevision(tag, planned.commitSha());
        }
        PlannedHead.PullRequest pr = (PlannedHead.PullRequest) planned;
        return new PullRequestSCMRevision((PullRequestSCMHead) head, pr.baseSha(), pr.commitSha());
    }

    static ChangeRequestCheckoutStrategy strategy(CheckoutStrategy strategy) {
        return strategy == CheckoutStrategy.MERGE
                ? ChangeRequestCheckoutStrategy.MERGE
                : ChangeRequestCheckoutStrategy.HEAD;
    }

    private static Set<CheckoutStrategy> strategies(Set<ChangeRequestCheckoutStrategy> strategies) {
        Set<CheckoutStrategy> mapped = EnumSet.noneOf(CheckoutStrategy.class);
        for (ChangeRequestCheckoutStrategy s : strategies) {
            mapped.add(s == ChangeRequestCheckoutStrategy.MERGE ? CheckoutStrategy.MERGE : CheckoutStrategy.HEAD);
        }
        return mapped;
    }
}
