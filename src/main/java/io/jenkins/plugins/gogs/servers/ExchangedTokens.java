package io.jenkins.plugins.gogs.servers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The access tokens minted for username/password credentials, keyed by what identifies a credential's value: the
 * server, the credential id, the username and the password, hashed together ({@link ClientFingerprint#ofPassword}).
 * Two credentials that share an id (in two folders) but name different users get a token each, minted once each, and
 * using them in turn mints nothing more; a credential whose password changed gets a new token, which replaces the
 * old one's entry.
 *
 * <p>At most one mint runs per credential value at a time, so concurrent first uses mint once. A minted token is
 * saved (through {@link Persistence}) before it is handed out, so a restart does not mint it again; the save writes
 * the plugin's own small file, never the global configuration.
 */
@Restricted(NoExternalUse.class)
public final class ExchangedTokens {

    /** More entries than this drops the oldest: credentials deleted long ago leave entries nobody asks for. */
    public static final int MAX_ENTRIES = 1000;

    private static final Logger LOGGER = Logger.getLogger(ExchangedTokens.class.getName());

    /**
     * One token and the credential value it was minted for.
     *
     * @param username  the credential's username; null for entries kept by older versions, which did not record it
     * @param source    {@link ClientFingerprint#ofPassword} of the credential value
     * @param tokenName the token's name in Gogs; null when the credential's password is itself a token (nothing was
     *                  minted; such an entry is kept in memory only)
     */
    public record Entry(
            String serverUrl, String credentialsId, String username, String source, String tokenName, String token) {

        public Entry {
            Objects.requireNonNull(serverUrl, "serverUrl");
            Objects.requireNonNull(credentialsId, "credentialsId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(token, "token");
        }

        boolean minted() {
            return tokenName != null;
        }

        /** Whether this entry belongs to the same credential as {@code other}, in an older value of it. */
        boolean sameCredentialAs(Entry other) {
            return serverUrl.equals(other.serverUrl)
                    && credentialsId.equals(other.credentialsId)
                    && (username == null || other.username == null || username.equalsIgnoreCase(other.username));
        }

        @Override
        public String toString() {
            return "token '" + tokenName + "' exchanged for credential " + credentialsId + " at " + serverUrl;
        }
    }

    /** What a mint produced: a new token with its name, or the password itself when Gogs takes it as a token. */
    public record Minted(String tokenName, String token) {

        public Minted {
            Objects.requireNonNull(token, "token");
        }

        /** The credential's password is a token already: nothing was minted, nothing needs to be kept. */
        public static Minted passwordIsToken(String password) {
            return new Minted(null, password);
        }

        @Override
        public String toString() {
            return "Minted[tokenName=" + tokenName + ", token=(hidden)]";
        }
    }

    /** Mints a token for the credential (Gogs' token API with its username and password). */
    @FunctionalInterface
    public interface Minter {
        Minted mint();
    }

    /** Keeps the minted entries somewhere that survives a restart. */
    @FunctionalInterface
    public interface Persistence {
        void save(List<Entry> minted) throws IOException;
    }

    /** By source, oldest first; guarded by {@code this}. */
    private final Map<String, Entry> bySource = new LinkedHashMap<>();
    /** One lock per credential value whose token is being minted, dropped once the token is known. */
    private final ConcurrentMap<String, Object> minting = new ConcurrentHashMap<>();

    private final Object saving = new Object();
    private final Persistence persistence;

    /** @param saved the entries {@code persistence} saved before (e.g. before a restart) */
    public ExchangedTokens(Collection<Entry> saved, Persistence persistence) {
        this.persistence = Objects.requireNonNull(persistence, "persistence");
        saved.forEach(this::keep);
    }

    /** The token known for this credential value, or null: never mints. */
    public String find(String serverUrl, String credentialsId, String username, String password) {
        Entry entry = entry(ClientFingerprint.ofPassword(serverUrl, credentialsId, username, password));
        return entry == null ? null : entry.token();
    }

    /**
     * The token for this credential value: the known one, else one minted now with {@code minter}, kept and saved
     * before it is returned. Concurrent callers for the same value wait for one mint.
     *
     * @throws RuntimeException whatever {@code minter} throws; nothing is kept then
     */
    public String tokenFor(String serverUrl, String credentialsId, String username, String password, Minter minter) {
        String source = ClientFingerprint.ofPassword(serverUrl, credentialsId, username, password);
        Entry known = entry(source);
        if (known != null) {
            return known.token();
        }
        Object lock = minting.computeIfAbsent(source, k -> new Object());
        synchronized (lock) {
            known = entry(source);
            if (known != null) {
                return known.token();
            }
            Minted minted = minter.mint();
            Entry entry = new Entry(serverUrl, credentialsId, username, source, minted.tokenName(), minted.token());
            keep(entry);
            if (entry.minted()) {
                save();
            }
            // A failed mint keeps its lock, so that retries stay one at a time; a known token needs none.
            minting.remove(source, lock);
            return entry.token();
        }
    }

    /**
     * Adds entries saved elsewhere (by older versions, with the server entries) unless their credential has an entry
     * already, which is newer; saves when any was added.
     */
    public void adopt(Collection<Entry> entries) {
        boolean added = false;
        synchronized (this) {
            for (Entry entry : entries) {
                if (bySource.values().stream().noneMatch(known -> known.sameCredentialAs(entry))) {
                    keep(entry);
                    added = true;
                }
            }
        }
        if (added) {
            save();
        }
    }

    /** Forgets the tokens of servers not in {@code serverUrls} (removed from the configuration), and saves. */
    public void retainServers(Set<String> serverUrls) {
        boolean removed;
        synchronized (this) {
            removed = bySource.values().removeIf(e -> !serverUrls.contains(e.serverUrl()));
        }
        if (removed) {
            save();
        }
    }

    /** The entries that are saved: minted ones, oldest first. */
    public synchronized List<Entry> minted() {
        return bySource.values().stream().filter(Entry::minted).toList();
    }

    public synchronized int size() {
        return bySource.size();
    }

    private synchronized Entry entry(String source) {
        return bySource.get(source);
    }

    /** Adds an entry, dropping older values of the same credential and, beyond the bound, the oldest entries. */
    private synchronized void keep(Entry entry) {
        bySource.values()
                .removeIf(old -> old.sameCredentialAs(entry) && !old.source().equals(entry.source()));
        bySource.remove(entry.source());
        bySource.put(entry.source(), entry);
        Iterator<Entry> oldest = bySource.values().iterator();
        while (bySource.size() > MAX_ENTRIES) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Writes the current entries; one writer at a time, each with a snapshot taken while it writes. */
    private void save() {
        synchronized (saving) {
            List<Entry> snapshot = new ArrayList<>(minted());
            try {
                persistence.save(snapshot);
            } catch (IOException | RuntimeException e) {
                // the token still works; after a restart it would be minted again
                LOGGER.log(Level.WARNING, "Could not save the exchanged Gogs access tokens", e);
            }
        }
    }
}
