package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What Gogs said about pull requests ({@link PullRequestFacts}, from {@code pull_request} deliveries), by repository
 * and number: their target and head branch and where they come from. A scan uses them instead of guessing, so that a
 * pull request has the same identity in every scan, before and after a restart (see {@link KnownPullRequestsFile}
 * for keeping them in a file). Bounded: beyond its size the least recently used pull request is forgotten (a scan
 * then guesses again, as without webhooks). Thread-safe.
 */
@Restricted(NoExternalUse.class)
public final class KnownPullRequests {

    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    /** One pull request and its facts. */
    public record Entry(RepositoryKey repository, long number, PullRequestFacts facts) {
        public Entry {
            Objects.requireNonNull(repository, "repository");
            Objects.requireNonNull(facts, "facts");
            if (number < 1) {
                throw new IllegalArgumentException("A pull request number is positive, not " + number);
            }
        }
    }

    private record Key(RepositoryKey repository, long number) {}

    private final BoundedCache<Key, PullRequestFacts> facts;
    private volatile Runnable onChange = () -> {};

    public KnownPullRequests() {
        this(DEFAULT_MAX_ENTRIES);
    }

    public KnownPullRequests(int maxEntries) {
        this.facts = new BoundedCache<>(maxEntries);
    }

    /** Called after every change (new or other facts, forgotten ones), on the thread that made it; must not block. */
    void onChange(Runnable listener) {
        this.onChange = Objects.requireNonNull(listener, "listener");
    }

    /** Records what a delivery said about a pull request; true when it was not known so. */
    public boolean learn(RepositoryKey repository, long number, PullRequestFacts learned) {
        Entry entry = new Entry(repository, number, learned);
        PullRequestFacts before = facts.put(new Key(repository, number), entry.facts());
        boolean changed = !learned.equals(before);
        if (changed) {
            onChange.run();
        }
        return changed;
    }

    public Optional<PullRequestFacts> facts(RepositoryKey repository, long number) {
        return Optional.ofNullable(facts.get(new Key(repository, number)));
    }

    /** Forgets one pull request (its facts turned out to be about another one). */
    public void forget(RepositoryKey repository, long number) {
        if (facts.remove(new Key(repository, number)) != null) {
            onChange.run();
        }
    }

    /** Forgets every pull request of a repository (deleted, or created again under its name). */
    public void forgetRepository(RepositoryKey repository) {
        if (facts.removeKeys(k -> k.repository().equals(repository))) {
            onChange.run();
        }
    }

    /** Everything known, least recently used first. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        facts.snapshot()
                .forEach(e -> entries.add(
                        new Entry(e.getKey().repository(), e.getKey().number(), e.getValue())));
        return entries;
    }

    /** Adds entries read back from a file, in their order, without telling the change listener. */
    void restore(List<Entry> entries) {
        entries.forEach(e -> facts.put(new Key(e.repository(), e.number()), e.facts()));
    }

    public int size() {
        return facts.size();
    }

    public int maxEntries() {
        return facts.maxEntries();
    }

    @Override
    public String toString() {
        return "facts of " + size() + " pull requests";
    }
}
