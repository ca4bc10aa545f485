package io.jenkins.plugins.gogs.client.model;

import java.time.OffsetDateTime;

/** A milestone to create; {@code description} and {@code dueOn} may be null. */
public record NewMilestone(String title, String description, OffsetDateTime dueOn) {

    public NewMilestone {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A milestone needs a title");
        }
    }
}
