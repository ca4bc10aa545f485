package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.plugins.git.AbstractGitSCMSource;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A branch at one commit; {@link #getHash()} is the commit SHA. */
@Restricted(NoExternalUse.class)
public class BranchSCMRevision extends AbstractGitSCMSource.SCMRevisionImpl {

    private static final long serialVersionUID = 1L;

    public BranchSCMRevision(@NonNull BranchSCMHead head, @NonNull String sha) {
        super(head, sha);
    }
}
