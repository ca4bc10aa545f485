package io.jenkins.plugins.gogs.feedback;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** What a status label says about a pull request: one of three. */
@Restricted(NoExternalUse.class)
public enum Verdict {
    RUNNING,
    PASSING,
    FAILING
}
