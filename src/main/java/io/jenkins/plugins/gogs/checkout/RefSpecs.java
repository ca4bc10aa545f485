package io.jenkins.plugins.gogs.checkout;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The git refspecs a build of one head fetches: only that head (and, for a merge build of a pull request, its target
 * branch), never all branches. {@code @{remote}} is the git plugin's placeholder for the remote's name.
 */
@Restricted(NoExternalUse.class)
public final class RefSpecs {

    public static final String REMOTE = "@{remote}";

    private RefSpecs() {}

    public static String branch(String branch) {
        return "+refs/heads/" + branch + ":refs/remotes/" + REMOTE + "/" + branch;
    }

    public static String tag(String tag) {
        return "+refs/tags/" + tag + ":refs/tags/" + tag;
    }

    /** The head commit of pull request {@code number}, kept under the job's branch name ({@code PR-N}). */
    public static String pullRequest(long number, String localName) {
        return "+refs/pull/" + number + "/head:refs/remotes/" + REMOTE + "/" + localName;
    }

    /**
     * The local name (under {@code remotes/<remote>/}) for the target branch of a merge build: the branch's own name,
     * unless the pull request is fetched under that very name (a branch called {@code PR-1}), then
     * {@code upstream-<branch>}.
     */
    public static String mergeTargetLocalName(String pullRequestLocalName, String targetBranch) {
        return targetBranch.equals(pullRequestLocalName) ? "upstream-" + targetBranch : targetBranch;
    }

    /** The refspec fetching the target branch of a merge build under {@code localName}. */
    public static String mergeTarget(String targetBranch, String localName) {
        return "+refs/heads/" + targetBranch + ":refs/remotes/" + REMOTE + "/" + localName;
    }
}
