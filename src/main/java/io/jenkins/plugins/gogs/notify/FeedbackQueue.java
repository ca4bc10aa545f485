package io.jenkins.plugins.gogs.notify;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Runs the calls to Gogs off the builds' threads, a few at a time, and those of one repository one after the other:
 * a report reads the comment, changes it and writes it back, so two reports to one pull request must not overlap.
 */
@Restricted(NoExternalUse.class)
final class FeedbackQueue {

    private static final int THREADS = 4;

    private final ThreadPoolExecutor executor;
    private final Map<Object, CompletableFuture<?>> tails = new HashMap<>();

    FeedbackQueue(String threadName) {
        AtomicInteger number = new AtomicInteger();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, threadName + " #" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /** Runs the task after every task submitted before with an equal key has ended (well or not). */
    <T> CompletableFuture<T> submit(Object key, Supplier<T> task) {
        synchronized (tails) {
            CompletableFuture<?> previous = tails.getOrDefault(key, CompletableFuture.completedFuture(null));
            CompletableFuture<T> next =
                    previous.handle((result, failure) -> null).thenApplyAsync(ignored -> task.get(), executor);
            tails.put(key, next);
            next.whenComplete((result, failure) -> {
                synchronized (tails) {
                    tails.remove(key, next);
                }
            });
            return next;
        }
    }
}
