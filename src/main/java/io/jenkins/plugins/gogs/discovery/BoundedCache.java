package io.jenkins.plugins.gogs.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A map that forgets its least recently used entry beyond a maximum size. Thread-safe. */
@Restricted(NoExternalUse.class)
final class BoundedCache<K, V> {

    private final int maxEntries;
    private final Map<K, V> entries;

    BoundedCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("A cache needs room for at least one entry, not " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return super.size() > BoundedCache.this.maxEntries;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    /** Puts the value; returns the one it replaced, or null. */
    synchronized V put(K key, V value) {
        return entries.put(key, value);
    }

    /** Removes the entry; returns its value, or null when there was none. */
    synchronized V remove(K key) {
        return entries.remove(key);
    }

    /** Removes the entries whose keys match; true when there were any. */
    synchronized boolean removeKeys(Predicate<? super K> which) {
        return entries.keySet().removeIf(which);
    }

    /** A copy of the entries, least recently used first. */
    synchronized List<Map.Entry<K, V>> snapshot() {
        List<Map.Entry<K, V>> copy = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> copy.add(Map.entry(k, v)));
        return copy;
    }

    synchronized int size() {
        return entries.size();
    }

    int maxEntries() {
        return maxEntries;
    }
}
