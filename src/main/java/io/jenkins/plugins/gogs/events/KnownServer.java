package io.jenkins.plugins.gogs.events;

import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A configured Gogs server a delivery belongs to: its URL (for messages) and its hook secret, possibly none. */
@Restricted(NoExternalUse.class)
public record KnownServer(String url, HookSecret secret) {

    public KnownServer {
        Objects.requireNonNull(url, "url");
        secret = secret == null ? HookSecret.none() : secret;
    }
}
