package io.jenkins.plugins.gogs.events;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The hook the plugin wants on a repository: Gogs type {@code gogs}, active, with these events and content type.
 * The secret is not part of it: it goes into the create request only, since Gogs neither returns nor updates it.
 * {@code formerUrls} are where the plugin registered the same hook before (see {@link HookEndpoint#formerUrls}):
 * hooks there are the plugin's too, and are moved to {@code url}.
 */
@Restricted(NoExternalUse.class)
public record DesiredHook(String url, Set<String> events, String contentType, Set<String> formerUrls) {

    public DesiredHook {
        Objects.requireNonNull(url, "url");
        formerUrls = formerUrls == null ? Set.of() : Set.copyOf(formerUrls);
        events = Set.copyOf(events);
        if (events.isEmpty() || !HookEvents.ALL.containsAll(events)) {
            throw new IllegalArgumentException(
                    "Hook events must be a non-empty subset of " + HookEvents.ALL + ": " + events);
        }
        if (!"json".equals(contentType) && !"form".equals(contentType)) {
            throw new IllegalArgumentException("A Gogs hook's content type is json or form, not " + contentType);
        }
    }

    /** A hook with no former URLs. */
    public DesiredHook(String url, Set<String> events, String contentType) {
        this(url, events, contentType, Set.of());
    }

    /**
     * The plugin's hook: {@link HookEvents#FOR_JENKINS}, JSON, at {@code endpointUrl} (see {@link HookEndpoint}),
     * replacing hooks at the endpoint's former URLs.
     */
    public static DesiredHook forJenkins(String endpointUrl) {
        return new DesiredHook(endpointUrl, HookEvents.FOR_JENKINS, "json", HookEndpoint.formerUrls(endpointUrl));
    }

    /**
     * This hook, also carrying {@code extraEvents}: what the sources of the repository ask for beyond the usual
     * events (e.g. {@link HookEvents#ISSUE_COMMENT} for rebuild requests).
     */
    public DesiredHook withExtraEvents(Set<String> extraEvents) {
        Set<String> all = new HashSet<>(events);
        all.addAll(extraEvents);
        return new DesiredHook(url, all, contentType, formerUrls);
    }
}
