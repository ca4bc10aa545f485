package io.jenkins.plugins.gogs.discovery;

/** What a path is at a commit. */
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
