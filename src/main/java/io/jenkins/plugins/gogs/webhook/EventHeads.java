package io.jenkins.plugins.gogs.webhook;

import io.jenkins.plugins.gogs.events.ChangedHead;
import io.jenkins.plugins.gogs.events.ScmChange;
import io.jenkins.plugins.gogs.events.ScmNotice.HeadNotice;
import io.jenkins.plugins.gogs.scm.BranchSCMHead;
import io.jenkins.plugins.gogs.scm.BranchSCMRevision;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.scm.GogsSCMSourceContext;
import io.jenkins.plugins.gogs.scm.GogsTagSCMHead;
import io.jenkins.plugins.gogs.scm.PullRequestSCMHead;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMHeadOrigin;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;

/**
 * The heads of a source that a notice is about, as the source's traits discover them: none for a kind the source
 * does not discover, one head per checkout strategy for a pull request. A revision is given only where the payload
 * names the commit (a branch push); the source reads the rest from Gogs during the scan the event starts. Names
 * follow {@link PullRequestSCMHead}: {@code PR-<n>}, or {@code PR-<n>-merge} and {@code PR-<n>-head} when the
 * source builds both strategies, since projects are matched to heads by name.
 */
final class EventHeads {

    private EventHeads() {}

    static Map<SCMHead, SCMRevision> of(HeadNotice notice, GogsSCMSource source, long eventTime) {
        GogsSCMSourceContext wanted = new GogsSCMSourceContext(null, SCMHeadObserver.none())
                .withTraits(source.getTraits());
        Map<SCMHead, SCMRevision> heads = new HashMap<>();
        ChangedHead head = notice.head();
        if (head instanceof ChangedHead.Branch branch && wanted.wantBranches()) {
            BranchSCMHead h = new BranchSCMHead(branch.name());
            boolean known = branch.sha() != null && notice.change() != ScmChange.REMOVED;
            heads.put(h, known ? new BranchSCMRevision(h, branch.sha()) : null);
        } else if (head instanceof ChangedHead.Tag tag && wanted.wantTags()) {
            // The tag's own time is not in the payload; matching is by name (SameNameHeadsObserver).
            heads.put(new GogsTagSCMHead(tag.name(), eventTime), null);
        } else if (head instanceof ChangedHead.PullRequest pr) {
            Set<ChangeRequestCheckoutStrategy> strategies = pr.fromFork()
                    ? wanted.forkPullRequestStrategies() : wanted.originPullRequestStrategies();
            for (ChangeRequestCheckoutStrategy strategy : strategies) {
                heads.put(pullRequest(pr, strategy, strategies.size() > 1), null);
            }
        }
        return heads;
    }

    private static PullRequestSCMHead pullRequest(ChangedHead.PullRequest pr, ChangeRequestCheckoutStrategy strategy,
            boolean severalStrategies) {
        String name = "PR-" + pr.number()
                + (severalStrategies ? "-" + strategy.name().toLowerCase(Locale.ROOT) : "");
        SCMHeadOrigin origin = pr.fromFork()
                ? new SCMHeadOrigin.Fork(pr.sourceOwner() == null ? "deleted" : pr.sourceOwner() + "/" + pr.sourceRepository())
                : SCMHeadOrigin.DEFAULT;
        return new PullRequestSCMHead(name, pr.number(), new BranchSCMHead(pr.targetBranch()), strategy, origin,
                pr.sourceOwner(), pr.sourceRepository(), pr.sourceBranch());
    }
}
