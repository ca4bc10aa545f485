package io.jenkins.plugins.gogs.webhook;

import io.jenkins.plugins.gogs.events.ChangedHead;
import io.jenkins.plugins.gogs.events.ScmNotice.HeadNotice;
import io.jenkins.plugins.gogs.events.SourceHeads;
import io.jenkins.plugins.gogs.indexing.CheckoutStrategy;
import io.jenkins.plugins.gogs.scm.BranchSCMHead;
import io.jenkins.plugins.gogs.scm.BranchSCMRevision;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.scm.GogsSCMSourceContext;
import io.jenkins.plugins.gogs.scm.GogsTagSCMHead;
import io.jenkins.plugins.gogs.scm.PullRequestSCMHead;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMHeadOrigin;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The SCM heads of a source that a notice is about: {@link SourceHeads} decides which, from what the source's
 * traits discover; this builds the source's own head and revision classes. A revision is given only where the
 * payload names the commit (a branch push); the scan the event starts reads the rest from Gogs.
 */
@Restricted(NoExternalUse.class)
final class EventHeads {

    private EventHeads() {}

    static Map<SCMHead, SCMRevision> of(HeadNotice notice, GogsSCMSource source, long eventTime) {
        GogsSCMSourceContext context =
                new GogsSCMSourceContext(null, SCMHeadObserver.none()).withTraits(source.getTraits());
        SourceHeads.Discovery discovery = new SourceHeads.Discovery(
                context.wantBranches(),
                context.wantTags(),
                strategies(context.originPullRequestStrategies()),
                strategies(context.forkPullRequestStrategies()));
        Map<SCMHead, SCMRevision> heads = new HashMap<>();
        for (SourceHeads.Wanted wanted : SourceHeads.of(notice, discovery)) {
            if (wanted instanceof SourceHeads.Wanted.Branch branch) {
                BranchSCMHead head = new BranchSCMHead(branch.name());
                heads.put(head, branch.sha() == null ? null : new BranchSCMRevision(head, branch.sha()));
            } else if (wanted instanceof SourceHeads.Wanted.Tag tag) {
                // The tag's own time is not in the payload; the event matches heads by name (SameNameHeadsObserver).
                heads.put(new GogsTagSCMHead(tag.name(), eventTime), null);
            } else if (wanted instanceof SourceHeads.Wanted.PullRequest pr) {
                heads.put(pullRequest(pr), null);
            }
        }
        return heads;
    }

    private static PullRequestSCMHead pullRequest(SourceHeads.Wanted.PullRequest wanted) {
        ChangedHead.PullRequest pr = wanted.pullRequest();
        // named as a scan names it (HeadMapping), so the event's head and the scanned one have the same origin
        SCMHeadOrigin origin = !pr.fromFork()
                ? SCMHeadOrigin.DEFAULT
                : new SCMHeadOrigin.Fork(pr.sourceOwner() != null ? pr.sourceOwner() : "unknown-fork");
        return new PullRequestSCMHead(
                wanted.name(),
                pr.number(),
                new BranchSCMHead(pr.targetBranch()),
                ChangeRequestCheckoutStrategy.valueOf(wanted.strategy().name()),
                origin,
                pr.sourceOwner(),
                pr.sourceRepository(),
                pr.sourceBranch());
    }

    private static Set<CheckoutStrategy> strategies(Set<ChangeRequestCheckoutStrategy> strategies) {
        return strategies.stream().map(s -> CheckoutStrategy.valueOf(s.name())).collect(Collectors.toSet());
    }
}
