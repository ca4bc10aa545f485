package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.plugins.git.AbstractGitSCMSource;

/** A branch at one commit; {@link #getHash()} is the commit SHA. */
public class BranchSCMRevision extends AbstractGitSCMSource.SCMRevisionImpl {

    private static final long serialVersionUID = 1L;

    public BranchSCMRevision(@NonNull BranchSCMHead head, @NonNull String sha) {
        super(head, sha);
    }
}
