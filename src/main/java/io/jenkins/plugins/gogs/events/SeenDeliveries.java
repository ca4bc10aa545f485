package io.jenkins.plugins.gogs.events;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The {@code X-Gogs-Delivery} ids seen lately, so that a delivery sent twice (redelivered from the Gogs UI, or
 * replayed) is processed once. Bounded: the least recently seen id is forgotten first. Thread-safe.
 */
@Restricted(NoExternalUse.class)
public final class SeenDeliveries {

    public static final int DEFAULT_CAPACITY = 1000;

    private final Map<String, Boolean> ids;

    public SeenDeliveries() {
        this(DEFAULT_CAPACITY);
    }

    public SeenDeliveries(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.ids = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return super.size() > capacity;
            }
        };
    }

    /**
     * Records the id; true the first time, false when it was seen before (and is still remembered). A missing id
     * cannot be de-duplicated and always counts as new.
     */
    public synchronized boolean firstTime(String deliveryId) {
        if (deliveryId == null || deliveryId.isBlank()) {
            return true;
        }
        return ids.put(deliveryId.strip(), Boolean.TRUE) == null;
    }

    /** How many ids are remembered. */
    public synchronized int size() {
        return ids.size();
    }
}
