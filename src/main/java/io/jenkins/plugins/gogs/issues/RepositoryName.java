package io.jenkins.plugins.gogs.issues;

import java.io.Serializable;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A repository as pipeline authors name it: {@code owner/name}. */
@Restricted(NoExternalUse.class)
public record RepositoryName(String owner, String name) implements Serializable {

    public RepositoryName {
        if (owner == null || owner.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException(Messages.RepositoryName_OwnerAndName());
        }
    }

    /**
     * Parses {@code owner/name} (surrounding spaces and a trailing {@code .git} are ignored).
     *
     * @throws IllegalArgumentException with a sentence naming the bad value
     */
    public static RepositoryName parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.endsWith(".git")) {
            value = value.substring(0, value.length() - 4);
        }
        int slash = value.indexOf('/');
        if (slash <= 0
                || slash == value.length() - 1
                || value.indexOf('/', slash + 1) >= 0
                || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(Messages.RepositoryName_BadFormat(text));
        }
        return new RepositoryName(value.substring(0, slash), value.substring(slash + 1));
    }

    @Override
    public String toString() {
        return owner + "/" + name;
    }
}
