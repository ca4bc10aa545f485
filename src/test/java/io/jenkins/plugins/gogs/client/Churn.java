package io.jenkins.plugins.gogs.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A writer thread that changes Gogs at a steady pace while a test lists, and remembers what it changed when, so that
 * the test can tell which items stayed put during a listing. The state is a map of item to value (for issues: open
 * or not; for repositories: present); {@code step} makes one change (through the fixture's own HTTP client) and
 * returns the item it changed, the model is updated when the change was answered.
 */
final class Churn<V> implements AutoCloseable {

    /** One change: which item, and when it was sent and answered. */
    private record Change(Object item, long sentNanos, long answeredNanos) {}

    private final Map<Object, V> state;
    private final Function<Map<Object, V>, Map.Entry<Object, V>> step;
    private final long periodNanos;
    private final List<Change> changes = new ArrayList<>();
    private final Thread thread;
    private long inFlightSince = Long.MAX_VALUE;
    private volatile boolean stopped;
    private volatile Throwable failure;

    /**
     * @param initial the items and their values before the writer starts
     * @param step    makes one change against Gogs, given a copy of the state, and returns the item and its new value
     *                (null value: the item is gone)
     */
    Churn(Map<Object, V> initial, Function<Map<Object, V>, Map.Entry<Object, V>> step, int perSecond) {
        this.state = new HashMap<>(initial);
        this.step = step;
        this.periodNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        this.thread = new Thread(this::run, "churn");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (!stopped) {
            long sent = System.nanoTime();
            synchronized (this) {
                inFlightSince = sent;
            }
            try {
                Map.Entry<Object, V> change = step.apply(snapshot());
                long answered = System.nanoTime();
                synchronized (this) {
                    if (change.getValue() == null) {
                        state.remove(change.getKey());
                    } else {
                        state.put(change.getKey(), change.getValue());
                    }
                    changes.add(new Change(change.getKey(), sent, answered));
                    inFlightSince = Long.MAX_VALUE;
                    notifyAll();
                }
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    failure = e;
                    inFlightSince = Long.MAX_VALUE;
                    notifyAll();
                }
                return;
            }
            long rest = periodNanos - (System.nanoTime() - sent);
            if (rest > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(rest);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** How many changes were answered so far. */
    synchronized int count() {
        return changes.size();
    }

    /** The items and their values after every change answered so far. */
    synchronized Map<Object, V> snapshot() {
        return new HashMap<>(state);
    }

    /**
     * The items a change was made to (or may have been in flight for) between the two moments; waits for a change
     * sent before {@code toNanos} to be answered.
     */
    synchronized Set<Object> changedBetween(long fromNanos, long toNanos) throws InterruptedException {
        while (inFlightSince <= toNanos) {
            wait();
        }
        Set<Object> items = new HashSet<>();
        for (Change change : changes) {
            if (change.answeredNanos() >= fromNanos && change.sentNanos() <= toNanos) {
                items.add(change.item());
            }
        }
        if (failure != null) {
            throw new IllegalStateException("the writer failed", failure);
        }
        return items;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join(TimeUnit.SECONDS.toMillis(30));
    }
}
