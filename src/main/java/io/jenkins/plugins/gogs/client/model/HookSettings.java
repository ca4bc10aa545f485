package io.jenkins.plugins.gogs.client.model;

import java.util.List;

/** The checks a webhook's settings pass before they are sent, the same for a new hook and an edit. */
final class HookSettings {

    private HookSettings() {}

    /** Throws IllegalArgumentException for a missing URL, an unknown content type or no event; the events copied. */
    static List<String> checkedEvents(String url, String contentType, List<String> events) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A webhook needs a URL");
        }
        if (!"json".equals(contentType) && !"form".equals(contentType)) {
            throw new IllegalArgumentException("A webhook content type is 'json' or 'form', not '" + contentType + "'");
        }
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("A webhook needs at least one event");
        }
        return List.copyOf(events);
    }
}
