package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.plugins.git.GitTagSCMRevision;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A tag's revision; {@link #getHash()} is the SHA of the tagged commit (annotated tags are peeled). */
@Restricted(NoExternalUse.class)
public class GogsTagSCMRevision extends GitTagSCMRevision {

    private static final long serialVersionUID = 1L;

    public GogsTagSCMRevision(@NonNull GogsTagSCMHead head, @NonNull String commitSha) {
        super(head, commitSha);
    }
}
