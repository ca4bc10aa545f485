package io.jenkins.plugins.gogs.servers;

import io.jenkins.plugins.gogs.client.GogsClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One shared {@link GogsClient} per slot (a server and a credential id), rebuilt when what it was built from changes
 * (the token behind the credential id, the proxy, ...). A replaced client is closed only after a grace period, so
 * that a scan or a step still using it finishes instead of failing on a closed connection pool.
 */
public final class ClientCache implements AutoCloseable {

    private record Entry(String fingerprint, GogsClient client) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ScheduledExecutorService closer;
    private final long graceMillis;

    public ClientCache(long graceMillis) {
        this.graceMillis = graceMillis;
        this.closer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "Gogs client closer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The client of this slot, built by {@code factory} when there is none or when {@code fingerprint} (a digest of
     * everything the client is built from, never a secret itself) differs from the cached one's.
     */
    public GogsClient get(String slot, String fingerprint, Supplier<GogsClient> factory) {
        Entry entry = entries.compute(slot, (key, old) -> {
            if (old != null && old.fingerprint().equals(fingerprint)) {
                return old;
            }
            // Build first: when the factory fails, the old client stays in place and in use.
            Entry fresh = new Entry(fingerprint, factory.get());
            if (old != null) {
                retire(old.client());
            }
            return fresh;
        });
        return entry.client();
    }

    /** Forgets every client of slots starting with the prefix (e.g. a removed server), closing them after the grace. */
    public void evict(String slotPrefix) {
        entries.entrySet().removeIf(e -> {
            if (e.getKey().startsWith(slotPrefix)) {
                retire(e.getValue().client());
                return true;
            }
            return false;
        });
    }

    public int size() {
        return entries.size();
    }

    private void retire(GogsClient client) {
        closer.schedule(client::close, graceMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        entries.values().forEach(e -> e.client().close());
        entries.clear();
        closer.shutdownNow();
    }
}
