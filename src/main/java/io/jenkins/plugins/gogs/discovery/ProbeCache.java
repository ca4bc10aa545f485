package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Probe answers by (repository, commit SHA, path). A commit never changes, so an answer stays true; the cache is
 * bounded (least recently used answers are forgotten first). Two threads asking the same question at the same time
 * share one probe. Failed probes are not remembered. Thread-safe; share one per Jenkins.
 */
@Restricted(NoExternalUse.class)
public final class ProbeCache {

    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    record Key(RepositoryKey repository, String sha, String path) {}

    private final BoundedCache<Key, PathKind> answers;
    private final Map<Key, CompletableFuture<PathKind>> running = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public ProbeCache() {
        this(DEFAULT_MAX_ENTRIES);
    }

    public ProbeCache(int maxEntries) {
        this.answers = new BoundedCache<>(maxEntries);
    }

    /** The remembered answer, or the probe's (then remembered). */
    PathKind get(Key key, Supplier<PathKind> probe) {
        PathKind known = answers.get(key);
        if (known != null) {
            hits.incrementAndGet();
            return known;
        }
        CompletableFuture<PathKind> mine = new CompletableFuture<>();
        CompletableFuture<PathKind> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            hits.incrementAndGet();
            return await(theirs);
        }
        try {
            // Looked up again: another thread may have finished this probe between the first look and putIfAbsent.
            PathKind answer = answers.get(key);
            if (answer == null) {
                misses.incrementAndGet();
                answer = probe.get();
                if (answer == null) {
                    throw new IllegalStateException("The probe of " + key.path() + " at " + key.sha() + " in "
                            + key.repository() + " gave no answer");
                }
                answers.put(key, answer);
            } else {
                hits.incrementAndGet();
            }
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    private static PathKind await(CompletableFuture<PathKind> probe) {
        try {
            return probe.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The remembered answer, without probing (null when none is remembered). */
    PathKind peek(Key key) {
        return answers.get(key);
    }

    /** Forgets the answers about one repository (e.g. deleted, or its history rewritten). */
    public void forget(RepositoryKey repository) {
        answers.removeKeys(k -> k.repository().equals(repository));
    }

    public int size() {
        return answers.size();
    }

    /** Questions answered without a probe of one's own (remembered, or shared with a running probe). */
    public long hits() {
        return hits.get();
    }

    /** Questions that needed a probe. */
    public long misses() {
        return misses.get();
    }

    @Override
    public String toString() {
        return "probe cache: " + answers.size() + " of " + answers.maxEntries() + " answers, " + hits.get() + " hits, "
                + misses.get() + " misses";
    }
}
