package io.jenkins.plugins.gogs.client.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The tip commit of a branch or tag. {@code id} is the SHA, {@code message} the full message, {@code timestamp} the
 * author time with the commit's own offset; the file lists are empty here (Gogs fills them only in push events).
 */
public record PayloadCommit(
        String id,
        String message,
        String url,
        PayloadUser author,
        PayloadUser committer,
        List<String> added,
        List<String> removed,
        List<String> modified,
        OffsetDateTime timestamp) {

    public PayloadCommit {
        added = added == null ? List.of() : List.copyOf(added);
        removed = removed == null ? List.of() : List.copyOf(removed);
        modified = modified == null ? List.of() : List.copyOf(modified);
    }
}
