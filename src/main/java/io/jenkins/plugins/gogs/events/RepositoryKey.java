package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.client.ServerUrl;
import java.util.Locale;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A repository on a configured Gogs server: the server's canonical URL (see {@link ServerUrl}), the owner (user or
 * organization) and the repository name, as Gogs spells them. Gogs looks names up case-insensitively, so two keys
 * that differ only in the case of owner or name are equal: they name the same repository and need the same hook.
 */
@Restricted(NoExternalUse.class)
public record RepositoryKey(String serverUrl, String owner, String name) {

    public RepositoryKey {
        serverUrl = ServerUrl.normalize(Objects.requireNonNull(serverUrl, "serverUrl"));
        requireName(owner, "owner");
        requireName(name, "name");
    }

    /** {@code owner/name}. */
    public String fullName() {
        return owner + "/" + name;
    }

    /** True for this repository on the server at {@code serverUrl} (spelled in any canonical-equivalent way). */
    public boolean matches(String otherServerUrl, String otherOwner, String otherName) {
        return isOwnedBy(otherServerUrl, otherOwner) && name.equalsIgnoreCase(otherName);
    }

    /** True when the repository belongs to {@code owner} on the server at {@code serverUrl}. */
    public boolean isOwnedBy(String otherServerUrl, String otherOwner) {
        return otherServerUrl != null
                && otherOwner != null
                && owner.equalsIgnoreCase(otherOwner)
                && ServerUrl.sameServer(serverUrl, otherServerUrl);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepositoryKey other
                && serverUrl.equals(other.serverUrl)
                && owner.equalsIgnoreCase(other.owner)
                && name.equalsIgnoreCase(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serverUrl, owner.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return serverUrl + "/" + fullName();
    }

    private static void requireName(String value, String what) {
        if (value == null || value.isBlank() || value.indexOf('/') >= 0) {
            throw new IllegalArgumentException(
                    "A repository " + what + " must be a non-empty name without '/': '" + value + "'");
        }
    }
}
