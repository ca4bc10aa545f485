package io.jenkins.plugins.gogs.discovery;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** What a path is at a commit. */
@Restricted(NoExternalUse.class)
public enum PathKind {
    FILE,
    DIRECTORY,
    SYMLINK,
    SUBMODULE,
    MISSING;

    public boolean exists() {
        return this != MISSING;
    }
}
