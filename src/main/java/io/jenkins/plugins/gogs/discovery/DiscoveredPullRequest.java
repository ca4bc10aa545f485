package io.jenkins.plugins.gogs.discovery;

import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * An open pull request (closed and merged ones are never discovered).
 *
 * @param headSha           the commit at {@code refs/pull/<number>/head} in the base repository
 * @param title             its title when it was read
 * @param author            the login of the user who opened it
 * @param baseBranch        the branch it targets: the one a verified delivery named ({@link KnownPullRequests}),
 *                          else the one the caller recorded ({@link DiscoveryRequest#recordedBaseBranches()}), else
 *                          the repository's default branch (Gogs' API does not tell a pull request's base)
 * @param baseBranchGuessed true when {@code baseBranch} is the default branch taken for lack of knowledge
 * @param head              where the head commit comes from: as a delivery said, else as refs suggest
 */
@Restricted(NoExternalUse.class)
public record DiscoveredPullRequest(
        long number,
        String headSha,
        String title,
        String author,
        String baseBranch,
        boolean baseBranchGuessed,
        PullRequestHead head) {

    public DiscoveredPullRequest {
        Objects.requireNonNull(headSha, "headSha");
        Objects.requireNonNull(baseBranch, "baseBranch");
        Objects.requireNonNull(head, "head");
        title = title == null ? "" : title;
        author = author == null ? "" : author;
    }

    /** {@code refs/pull/<number>/head}: fetch this to check the pull request out. */
    public String headRef() {
        return "refs/pull/" + number + "/head";
    }
}
