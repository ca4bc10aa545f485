package io.jenkins.plugins.gogs.servers;

import io.jenkins.plugins.gogs.client.ServerUrl;
import java.util.Locale;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One repository on one Gogs server: what the plugin's caches, its hook ledger and its hook registrations are keyed
 * by. Owner and name are kept as spelled (Gogs' own spelling is what users see, and an organization folder names
 * its project after the repository), but compared without case, as Gogs looks names up: two keys that differ only
 * in the case of owner or name are equal.
 *
 * <p>The server is its URL in canonical form ({@link ServerUrl#normalize}), so {@code HTTPS://Gogs.Example.com:443/}
 * and {@code https://gogs.example.com} are one server. An alias URL of a configured server is <em>another</em> URL
 * here: whoever makes a key for a configured server gives that server's own URL (a configured server's alias is
 * looked up in {@link ServerDirectory}, which the adapters do before they make keys), so that one repository has
 * one key however a payload or a git remote spelled its server.
 */
@Restricted(NoExternalUse.class)
public record RepositoryKey(String serverUrl, String owner, String name) {

    /**
     * @throws IllegalArgumentException when the server URL is not an http(s) URL, or owner or name is empty or holds
     *     a '/' (no Gogs name does)
     */
    public RepositoryKey {
        serverUrl = ServerUrl.normalize(serverUrl);
        if (!isName(owner)) {
            throw new IllegalArgumentException(Messages.RepositoryKey_NotAnOwner(owner));
        }
        if (!isName(name)) {
            throw new IllegalArgumentException(Messages.RepositoryKey_NotAName(name));
        }
    }

    /** {@code owner/name}, as spelled. */
    public String fullName() {
        return owner + "/" + name;
    }

    /**
     * True when this is the repository {@code otherOwner/otherName} on the server at {@code otherServerUrl}: equal to
     * the key made of them. False when the URL is not a valid one (where making the key would fail).
     */
    public boolean matches(String otherServerUrl, String otherOwner, String otherName) {
        return isOwnedBy(otherServerUrl, otherOwner)
                && otherName != null
                && fold(name).equals(fold(otherName));
    }

    /** True when the repository belongs to {@code otherOwner} on the server at {@code otherServerUrl}. */
    public boolean isOwnedBy(String otherServerUrl, String otherOwner) {
        return otherServerUrl != null
                && otherOwner != null
                && fold(owner).equals(fold(otherOwner))
                && ServerUrl.sameServer(serverUrl, otherServerUrl);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepositoryKey other
                && serverUrl.equals(other.serverUrl)
                && fold(owner).equals(fold(other.owner))
                && fold(name).equals(fold(other.name));
    }

    @Override
    public int hashCode() {
        return Objects.hash(serverUrl, fold(owner), fold(name));
    }

    @Override
    public String toString() {
        return serverUrl + "/" + fullName();
    }

    /** The form names are compared in: equals and hashCode both use it, so they agree for every text. */
    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static boolean isName(String value) {
        return value != null && !value.isBlank() && value.indexOf('/') < 0;
    }
}
