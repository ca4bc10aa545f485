package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** What a git reference names. */
@Restricted(NoExternalUse.class)
public enum RefKind {
    BRANCH("refs/heads/"),
    TAG("refs/tags/"),
    /** Anything else, e.g. {@code refs/notes/commits}; its name is the full reference. */
    OTHER("");

    private final String prefix;

    RefKind(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix of full reference names of this kind, e.g. {@code refs/heads/}. */
    public String prefix() {
        return prefix;
    }
}
