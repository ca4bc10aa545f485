package io.jenkins.plugins.gogs.servers;

import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A Gogs access token the plugin just minted: its name in Gogs, the user it belongs to (as Gogs reports it, not as
 * typed: the login may have been an e-mail address), and the token itself, which {@link #toString()} never shows.
 */
@Restricted(NoExternalUse.class)
public record MintedToken(String name, String username, String fullName, String token) {

    public MintedToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "MintedToken[name=" + name + ", username=" + username + ", token=(hidden)]";
    }
}
