package io.jenkins.plugins.gogs.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The webhook problems an admin should see (the administrative monitor lists them): a Jenkins URL Gogs cannot
 * deliver to, a hook Gogs refused to register, deliveries refused for their signature. One entry per subject
 * (an item's full name, a server, ...) and repository; a newer report replaces an older one, and a success
 * resolves it. Bounded, since deliveries from anyone can add entries: the oldest go first. Thread-safe.
 */
@Restricted(NoExternalUse.class)
public final class WebhookProblems {

    /** A problem of {@code subject} with {@code repository} (may be empty when it concerns no single repository). */
    public record Problem(String subject, String repository, String message, Instant when) {
        public Problem {
            Objects.requireNonNull(subject, "subject");
            repository = repository == null ? "" : repository;
            Objects.requireNonNull(message, "message");
        }
    }

    public static final int DEFAULT_CAPACITY = 200;

    private final int capacity;
    private final Clock clock;
    private final Map<String, Problem> problems = new LinkedHashMap<>();

    public WebhookProblems() {
        this(DEFAULT_CAPACITY, Clock.systemUTC());
    }

    public WebhookProblems(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    public synchronized void report(String subject, String repository, String message) {
        Problem problem = new Problem(subject, repository, message, clock.instant());
        String key = key(problem.subject(), problem.repository());
        problems.remove(key); // re-inserted last: the map's order is the order of reports
        problems.put(key, problem);
        while (problems.size() > capacity) {
            problems.remove(problems.keySet().iterator().next());
        }
    }

    /** The problem of {@code subject} with {@code repository} is solved. */
    public synchronized void resolve(String subject, String repository) {
        problems.remove(key(subject, repository == null ? "" : repository));
    }

    /** Every problem of {@code subject} is gone, e.g. because the item was deleted. */
    public synchronized void resolveAll(String subject) {
        problems.values().removeIf(p -> p.subject().equals(subject));
    }

    public synchronized void clear() {
        problems.clear();
    }

    /** Newest first. */
    public synchronized List<Problem> list() {
        List<Problem> all = new ArrayList<>(problems.values());
        Collections.reverse(all);
        return all;
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    private static String key(String subject, String repository) {
        return subject + "\n" + repository;
    }
}
