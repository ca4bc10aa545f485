package io.jenkins.plugins.gogs.client.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A repository webhook. {@code config} holds {@code url} and {@code content_type} (Gogs never returns the secret);
 * the times are null in the answer to a create.
 */
public record Hook(
        long id,
        String type,
        Map<String, String> config,
        List<String> events,
        boolean active,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public Hook {
        config = config == null ? Map.of() : Map.copyOf(config);
        events = events == null ? List.of() : List.copyOf(events);
    }

    public String url() {
        return config.get("url");
    }

    public String contentType() {
        return config.get("content_type");
    }
}
