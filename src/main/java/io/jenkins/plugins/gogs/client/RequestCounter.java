package io.jenkins.plugins.gogs.client;

import java.util.concurrent.atomic.AtomicLong;

/** Counts HTTP exchanges (retries included); thread-safe. Register with {@link GogsClientBuilder#listener}. */
public final class RequestCounter implements RequestListener {

    private final AtomicLong count = new AtomicLong();

    @Override
    public void exchanged(RequestEvent event) {
        count.incrementAndGet();
    }

    public long count() {
        return count.get();
    }

    /** Returns the count so far and starts again from zero. */
    public long reset() {
        return count.getAndSet(0);
    }

    @Override
    public String toString() {
        return count.get() + " requests";
    }
}
