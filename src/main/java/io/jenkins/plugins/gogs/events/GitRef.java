package io.jenkins.plugins.gogs.events;

import java.util.Locale;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A branch or tag by short name, e.g. {@code BRANCH feature/x} for {@code refs/heads/feature/x}. */
@Restricted(NoExternalUse.class)
public record GitRef(RefKind kind, String name) {

    public GitRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** From a full reference such as push events carry ({@code refs/heads/main}, {@code refs/tags/v1}). */
    public static GitRef fromFullName(String fullName) {
        for (RefKind kind : new RefKind[] {RefKind.BRANCH, RefKind.TAG}) {
            if (fullName.startsWith(kind.prefix())) {
                return new GitRef(kind, fullName.substring(kind.prefix().length()));
            }
        }
        return new GitRef(RefKind.OTHER, fullName);
    }

    /** From the short name and {@code ref_type} ({@code branch} or {@code tag}) that create and delete events carry. */
    public static GitRef fromShortName(String refType, String shortName) {
        String type = refType == null ? "" : refType.toLowerCase(Locale.ROOT);
        switch (type) {
            case "branch":
                return new GitRef(RefKind.BRANCH, shortName);
            case "tag":
                return new GitRef(RefKind.TAG, shortName);
            default:
                return new GitRef(RefKind.OTHER, shortName);
        }
    }

    public boolean isBranch() {
        return kind == RefKind.BRANCH;
    }

    public boolean isTag() {
        return kind == RefKind.TAG;
    }

    /** The full reference, e.g. {@code refs/tags/v1}. */
    public String fullName() {
        return kind.prefix() + name;
    }
}
