package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.mixin.ChangeRequestSCMRevision;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A pull request at one head commit, against one commit of its target branch. For the merge strategy both commits
 * define what is built; for the head strategy only the head commit does.
 */
@Restricted(NoExternalUse.class)
public class PullRequestSCMRevision extends ChangeRequestSCMRevision<PullRequestSCMHead> {

    private static final long serialVersionUID = 1L;

    private final String pullHash;

    public PullRequestSCMRevision(
            @NonNull PullRequestSCMHead head, @NonNull String baseHash, @NonNull String pullHash) {
        super(head, new BranchSCMRevision(head.getTarget(), baseHash));
        this.pullHash = pullHash;
    }

    /** The SHA of the pull request's head commit ({@code refs/pull/N/head}). */
    @NonNull
    public String getPullHash() {
        return pullHash;
    }

    /** The SHA of the target branch's commit this revision was seen with. */
    @NonNull
    public String getBaseHash() {
        return ((BranchSCMRevision) getTarget()).getHash();
    }

    @Override
    public boolean equivalent(ChangeRequestSCMRevision<?> revision) {
        return revision instanceof PullRequestSCMRevision other
                && getHead().equals(other.getHead())
                && pullHash.equals(other.pullHash);
    }

    @Override
    protected int _hashCode() {
        return pullHash.hashCode();
    }

    @Override
    public String toString() {
        return isMerge() ? pullHash + "+" + getBaseHash() : pullHash;
    }
}
