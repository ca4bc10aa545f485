package io.jenkins.plugins.gogs.events;

import java.time.OffsetDateTime;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** One commit of a push event; {@code timestamp} is the committer time. */
@Restricted(NoExternalUse.class)
public record PushCommit(
        String id,
        String message,
        String url,
        CommitPerson author,
        CommitPerson committer,
        List<String> added,
        List<String> removed,
        List<String> modified,
        OffsetDateTime timestamp) {

    public PushCommit {
        added = added == null ? List.of() : List.copyOf(added);
        removed = removed == null ? List.of() : List.copyOf(removed);
        modified = modified == null ? List.of() : List.copyOf(modified);
    }
}
