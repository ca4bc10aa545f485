package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.plugins.git.GitTagSCMHead;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A tag of the Gogs repository. The timestamp (milliseconds since the epoch) is the time of the commit the tag points
 * to, so that branch-api can tell old tags (not built automatically) from new ones.
 */
@Restricted(NoExternalUse.class)
public class GogsTagSCMHead extends GitTagSCMHead {

    private static final long serialVersionUID = 1L;

    public GogsTagSCMHead(@NonNull String name, long timestamp) {
        super(name, timestamp);
    }

    @Override
    public String getPronoun() {
        return Messages.GogsTagSCMHead_Pronoun();
    }
}
