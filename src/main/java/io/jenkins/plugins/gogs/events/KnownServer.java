package io.jenkins.plugins.gogs.events;

import java.util.Objects;

/** A configured Gogs server a delivery belongs to: its URL (for messages) and its hook secret, possibly none. */
public record KnownServer(String url, HookSecret secret) {

    public KnownServer {
        Objects.requireNonNull(url, "url");
        secret = secret == null ? HookSecret.none() : secret;
    }
}
