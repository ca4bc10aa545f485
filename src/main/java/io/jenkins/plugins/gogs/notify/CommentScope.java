package io.jenkins.plugins.gogs.notify;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Which builds keep a comment on a pull request. */
@Restricted(NoExternalUse.class)
public enum CommentScope {
    /** The builds of pull request jobs, each on its own pull request. */
    PULL_REQUESTS,
    /**
     * Also branch builds: on each open pull request whose head is the commit the branch build built (a branch has no
     * pull request of its own; without such a pull request a branch build reports nowhere).
     */
    PULL_REQUESTS_AND_BRANCHES
}
