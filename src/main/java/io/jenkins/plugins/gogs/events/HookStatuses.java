package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the plugin's last attempt to register a repository's hook found, kept so that scans can tell it without
 * asking Gogs again. One entry per repository: one hook serves every item that builds from it, so the last
 * attempt, by whichever item, is the repository's state. In memory only: after a restart nothing is known until
 * an item is saved. Bounded (the repositories least recently attempted go first). Thread-safe.
 */
@Restricted(NoExternalUse.class)
public final class HookStatuses {

    /** The outcome of the last attempt; {@code subject} is the item (full name) whose registration it was. */
    public sealed interface Status {
        String subject();
    }

    /** The attempt was handed to the background and has not ended yet. */
    public record Pending(String subject, String url) implements Status {
        public Pending {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(url, "url");
        }
    }

    /** Gogs has the hook at {@code url}; {@code hookId} is null when only the plugin's records say so. */
    public record Registered(String subject, String url, Long hookId) implements Status {
        public Registered {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(url, "url");
        }
    }

    /** The hook could not be registered; {@code problem} is the sentence the admin monitor shows. */
    public record Failed(String subject, String problem) implements Status {
        public Failed {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(problem, "problem");
        }
    }

    public static final int DEFAULT_CAPACITY = 5_000;

    private final int capacity;
    private final Map<RepositoryKey, Status> statuses = new LinkedHashMap<>();

    public HookStatuses() {
        this(DEFAULT_CAPACITY);
    }

    public HookStatuses(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void record(RepositoryKey repository, Status status) {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(status, "status");
        statuses.remove(repository); // re-inserted last: the map's order is the order of attempts
        statuses.put(repository, status);
        while (statuses.size() > capacity) {
            statuses.remove(statuses.keySet().iterator().next());
        }
    }

    /** The hook was removed (no item uses the repository any more). */
    public synchronized void forget(RepositoryKey repository) {
        statuses.remove(repository);
    }

    public synchronized Optional<Status> lookup(RepositoryKey repository) {
        return Optional.ofNullable(statuses.get(repository));
    }

    /** The id of the hook Gogs has at {@code url}, when an earlier attempt saw it. */
    public synchronized Optional<Long> knownHookId(RepositoryKey repository, String url) {
        return statuses.get(repository) instanceof Registered registered
                        && registered.url().equals(url)
                ? Optional.ofNullable(registered.hookId())
                : Optional.empty();
    }
}
