package io.jenkins.plugins.gogs.notify;

import hudson.model.Cause;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Why a pull request was built again: a Gogs user asked in a comment. */
@Restricted(NoExternalUse.class)
public class GogsRebuildCause extends Cause {

    private final String user;
    private final long pullRequest;

    public GogsRebuildCause(String user, long pullRequest) {
        this.user = user;
        this.pullRequest = pullRequest;
    }

    /** The Gogs user who asked. */
    public String getUser() {
        return user;
    }

    public long getPullRequest() {
        return pullRequest;
    }

    @Override
    public String getShortDescription() {
        return Messages.GogsRebuildCause_ShortDescription(user, String.valueOf(pullRequest));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GogsRebuildCause other && user.equals(other.user) && pullRequest == other.pullRequest;
    }

    @Override
    public int hashCode() {
        return user.hashCode() * 31 + Long.hashCode(pullRequest);
    }
}
