package io.jenkins.plugins.gogs.discovery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** A map that forgets its least recently used entry beyond a maximum size. Thread-safe. */
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

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized void remove(K key) {
        entries.remove(key);
    }

    synchronized void removeKeys(Predicate<? super K> which) {
        entries.keySet().removeIf(which);
    }

    synchronized int size() {
        return entries.size();
    }

    int maxEntries() {
        return maxEntries;
    }
}
