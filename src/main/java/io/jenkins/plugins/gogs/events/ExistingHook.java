package io.jenkins.plugins.gogs.events;

import java.util.Set;

/**
 * A hook as {@code GET /repos/:owner/:repo/hooks} lists it: {@code type} is {@code gogs}, {@code slack},
 * {@code discord} or {@code dingtalk}, {@code contentType} is {@code json} or {@code form}. Gogs never returns
 * the secret.
 */
public record ExistingHook(long id, String type, String url, String contentType, Set<String> events, boolean active) {

    public ExistingHook {
        events = events == null ? Set.of() : Set.copyOf(events);
    }
}
