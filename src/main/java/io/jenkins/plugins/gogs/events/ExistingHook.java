package io.jenkins.plugins.gogs.events;

import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A hook as {@code GET /repos/:owner/:repo/hooks} lists it: {@code type} is {@code gogs}, {@code slack},
 * {@code discord} or {@code dingtalk}, {@code contentType} is {@code json} or {@code form}. Gogs never returns
 * the secret.
 */
@Restricted(NoExternalUse.class)
public record ExistingHook(long id, String type, String url, String contentType, Set<String> events, boolean active) {

    public ExistingHook {
        events = events == null ? Set.of() : Set.copyOf(events);
    }
}
