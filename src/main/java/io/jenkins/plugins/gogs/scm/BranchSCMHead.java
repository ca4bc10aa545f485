package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMHead;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A branch of the Gogs repository; the name is the branch name (it may contain '/'). */
@Restricted(NoExternalUse.class)
public class BranchSCMHead extends SCMHead {

    private static final long serialVersionUID = 1L;

    public BranchSCMHead(@NonNull String name) {
        super(name);
    }

    @Override
    public String getPronoun() {
        return Messages.BranchSCMHead_Pronoun();
    }
}
