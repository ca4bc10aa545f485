package io.jenkins.plugins.gogs.servers;

import io.jenkins.plugins.gogs.client.GogsClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Shared {@link GogsClient}s, one per slot (a server and a credential id) and fingerprint (everything the client is
 * built from: the token behind the credential, the proxy, ...). A changed token or proxy gives another fingerprint
 * and so a new client; so do two credentials that share an id but hold different tokens (in two folders), and using
 * them in turn builds nothing more. A client nobody asked for during the idle time (a replaced token, a deleted
 * credential) is retired: closed after a grace period, so that a scan or a step still using it finishes instead of
 * failing on a closed connection pool.
 */
@Restricted(NoExternalUse.class)
public final class ClientCache implements AutoCloseable {

    /** How long a client may go unasked before it is retired. */
    public static final long DEFAULT_IDLE_MILLIS = TimeUnit.HOURS.toMillis(1);

    private static final String SEPARATOR = "\n";

    private static final class Entry {
        final GogsClient client;
        long lastUsed; // changed only inside the map's compute functions, which hold the entry's bin

        Entry(GogsClient client, long lastUsed) {
            this.client = client;
            this.lastUsed = lastUsed;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ScheduledExecutorService closer;
    private final long graceMillis;
    private final long idleMillis;
    private final LongSupplier clock;
    private volatile long lastSweep;

    public ClientCache(long graceMillis) {
        this(graceMillis, DEFAULT_IDLE_MILLIS, System::currentTimeMillis);
    }

    /**
     * @param graceMillis how long a retired client stays open
     * @param idleMillis  how long a client may go unasked before it is retired
     * @param clock       milliseconds, for the idle time
     */
    public ClientCache(long graceMillis, long idleMillis, LongSupplier clock) {
        this.graceMillis = graceMillis;
        this.idleMillis = idleMillis;
        this.clock = clock;
        this.lastSweep = clock.getAsLong();
        this.closer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "Gogs client closer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The client of this slot and fingerprint (a digest of everything the client is built from, never a secret
     * itself), built by {@code factory} when there is none. When the factory fails, nothing is cached.
     */
    public GogsClient get(String slot, String fingerprint, Supplier<GogsClient> factory) {
        long now = clock.getAsLong();
        retireIdle(now);
        Entry entry = entries.compute(slot + SEPARATOR + fingerprint, (key, old) -> {
            Entry current = old != null ? old : new Entry(factory.get(), now);
            current.lastUsed = now;
            return current;
        });
        return entry.client;
    }

    /** Forgets every client of slots starting with the prefix (e.g. a removed server), closing them after the grace. */
    public void evict(String slotPrefix) {
        for (String key : entries.keySet()) {
            if (key.startsWith(slotPrefix)) {
                entries.computeIfPresent(key, (k, entry) -> {
                    retire(entry.client);
                    return null;
                });
            }
        }
    }

    public int size() {
        return entries.size();
    }

    /** Retires the clients unasked for longer than the idle time; looks at most every tenth of it. */
    private void retireIdle(long now) {
        if (now - lastSweep < idleMillis / 10) {
            return;
        }
        lastSweep = now;
        for (String key : entries.keySet()) {
            entries.computeIfPresent(key, (k, entry) -> {
                if (now - entry.lastUsed < idleMillis) {
                    return entry;
                }
                retire(entry.client);
                return null;
            });
        }
    }

    private void retire(GogsClient client) {
        closer.schedule(client::close, graceMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        entries.values().forEach(e -> e.client.close());
        entries.clear();
        closer.shutdownNow();
    }
}
