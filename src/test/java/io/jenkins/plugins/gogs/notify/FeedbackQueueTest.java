package io.jenkins.plugins.gogs.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Reports of one repository run one after the other, whatever happens to the earlier ones; others do not wait. */
class FeedbackQueueTest {

    private final FeedbackQueue queue = new FeedbackQueue("test feedback");

    @Test
    void tasksOfOneKeyRunInOrderEvenWhenOneFails() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<String> first = queue.submit("alice/app", () -> {
            await(release);
            ran.add("first");
            return "first";
        });
        CompletableFuture<String> failing = queue.submit("alice/app", () -> {
            ran.add("failing");
            throw new IllegalStateException("Gogs is down");
        });
        CompletableFuture<String> third = queue.submit("alice/app", () -> {
            ran.add("third");
            return "third";
        });
        release.countDown();

        assertThat(third.get(10, TimeUnit.SECONDS)).isEqualTo("third");
        assertThat(first.get()).isEqualTo("first");
        assertThat(failing).isCompletedExceptionally();
        assertThat(ran).containsExactly("first", "failing", "third");
    }

    @Test
    void anotherRepositoryDoesNotWait() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> blocked = queue.submit("alice/slow", () -> {
            await(release);
            return "slow";
        });

        String other = queue.submit("bob/fast", () -> "fast").get(10, TimeUnit.SECONDS);

        assertThat(other).isEqualTo("fast");
        assertThat(blocked).isNotDone();
        release.countDown();
        assertThat(blocked.get(10, TimeUnit.SECONDS)).isEqualTo("slow");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
