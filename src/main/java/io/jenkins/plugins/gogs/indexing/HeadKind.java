package io.jenkins.plugins.gogs.indexing;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The kind of one head a caller asks about (e.g. a build fetching its own head), to discover nothing else. */
@Restricted(NoExternalUse.class)
public enum HeadKind {
    BRANCH,
    TAG,
    PULL_REQUEST
}
