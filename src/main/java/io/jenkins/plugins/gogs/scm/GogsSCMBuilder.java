package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.plugins.git.GitSCM;
import hudson.plugins.git.browser.GogsGit;
import io.jenkins.plugins.gogs.checkout.RefSpecs;
import jenkins.plugins.git.AbstractGitSCMSource;
import jenkins.plugins.git.GitBranchSCMHead;
import jenkins.plugins.git.GitSCMBuilder;
import jenkins.plugins.git.MergeWithGitSCMExtension;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;
import jenkins.scm.api.mixin.TagSCMHead;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Builds the git checkout of one head of a {@link GogsSCMSource}: fetch only that head (a pull request from its
 * {@code refs/pull/N/head} in the base repository, which works for forks too), over HTTP(S) with the scan
 * credentials, or over SSH with the SSH checkout trait's credentials.
 */
@Restricted(NoExternalUse.class)
public class GogsSCMBuilder extends GitSCMBuilder<GogsSCMBuilder> {

    private final GogsSCMSource source;
    private String sshRemote;

    public GogsSCMBuilder(@NonNull GogsSCMSource source, @NonNull SCMHead head, @CheckForNull SCMRevision revision) {
        super(head, revision, source.getRemote(), source.checkoutCredentialsId());
        this.source = source;
        withBrowser(new GogsGit(source.webUrl()));
        withoutRefSpecs();
        if (head instanceof PullRequestSCMHead pr) {
            withRefSpec(RefSpecs.pullRequest(pr.getNumber(), pr.getName()));
        } else if (head instanceof TagSCMHead) {
            withRefSpec(RefSpecs.tag(head.getName()));
        } else if (isBranch(head)) {
            withRefSpec(RefSpecs.branch(head.getName()));
        }
        // any other head, such as the git plugin's GitRefSCMHead for a commit SHA or another ref, gets no refspec
        // here: GitSCMBuilder.build() adds the ref it names (refs/heads/<sha> does not exist: the fetch would fail),
        // and a head naming no ref fetches the git plugin's default, every branch
    }

    /** Ours, the git plugin's, or a plain head (the git plugin's branch head before it had a class of its own). */
    private static boolean isBranch(SCMHead head) {
        return head instanceof BranchSCMHead || head instanceof GitBranchSCMHead || head.getClass() == SCMHead.class;
    }

    /** Checks out over SSH (the repository's {@code ssh_url}) with these credentials instead of HTTP(S). */
    @NonNull
    public GogsSCMBuilder withSshCheckout(@CheckForNull String sshCredentialsId) {
        this.sshRemote = source.sshRemote();
        withCredentials(sshCredentialsId);
        return this;
    }

    @NonNull
    @Override
    public GitSCM build() {
        SCMHead head = head();
        SCMRevision revision = revision();
        try {
            if (sshRemote != null) {
                withRemote(sshRemote);
            }
            if (head instanceof PullRequestSCMHead pr) {
                preparePullRequest(pr, revision);
            }
            return super.build();
        } finally {
            // build() may be called again: leave the builder as it was configured
            withHead(head);
            withRevision(revision);
        }
    }

    private void preparePullRequest(PullRequestSCMHead pr, SCMRevision revision) {
        String target = pr.getTarget().getName();
        String targetLocalName = RefSpecs.mergeTargetLocalName(pr.getName(), target);
        boolean merge = pr.getCheckoutStrategy() == ChangeRequestCheckoutStrategy.MERGE;
        if (revision instanceof BranchSCMRevision) {
            // the target branch's commit stands in for an untrusted pull request (see getTrustedRevision): fetch it
            withRefSpec(RefSpecs.mergeTarget(target, targetLocalName));
            return;
        }
        PullRequestSCMRevision prRevision = revision instanceof PullRequestSCMRevision r ? r : null;
        if (merge) {
            withRefSpec(RefSpecs.mergeTarget(target, targetLocalName));
            withExtension(new MergeWithGitSCMExtension(
                    "remotes/" + remoteName() + "/" + targetLocalName,
                    prRevision == null ? null : prRevision.getBaseHash()));
        }
        if (prRevision != null) {
            // the git plugin checks out an exact commit only for its own revision type: the pull request's head
            withRevision(new AbstractGitSCMSource.SCMRevisionImpl(pr, prRevision.getPullHash()));
        }
    }
}
