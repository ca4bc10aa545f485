package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SeenDeliveriesTest {

    @Test
    void reportsAnIdAsNewOnlyTheFirstTime() {
        SeenDeliveries seen = new SeenDeliveries();

        assertThat(seen.firstTime("0f5e1c3a-1111-4aaa-8bbb-000000000001")).isTrue();
        assertThat(seen.firstTime("0f5e1c3a-1111-4aaa-8bbb-000000000001")).isFalse();
        assertThat(seen.firstTime("0f5e1c3a-1111-4aaa-8bbb-000000000002")).isTrue();
    }

    @Test
    void forgetsTheLeastRecentlySeenIdBeyondItsCapacity() {
        SeenDeliveries seen = new SeenDeliveries(3);
        seen.firstTime("a");
        seen.firstTime("b");
        seen.firstTime("c");
        seen.firstTime("a"); // seen again: now the most recent

        seen.firstTime("d"); // evicts b

        assertThat(seen.size()).isEqualTo(3);
        assertThat(seen.firstTime("a")).isFalse();
        assertThat(seen.firstTime("b")).isTrue();
    }

    @Test
    void staysBoundedAtTheDefaultCapacity() {
        SeenDeliveries seen = new SeenDeliveries();
        for (int i = 0; i < 5000; i++) {
            seen.firstTime("id-" + i);
        }

        assertThat(seen.size()).isEqualTo(SeenDeliveries.DEFAULT_CAPACITY);
        assertThat(seen.firstTime("id-4999")).isFalse();
        assertThat(seen.firstTime("id-0")).isTrue();
    }

    @Test
    void cannotDeduplicateDeliveriesWithoutAnId() {
        SeenDeliveries seen = new SeenDeliveries();

        assertThat(seen.firstTime(null)).isTrue();
        assertThat(seen.firstTime(null)).isTrue();
        assertThat(seen.firstTime(" ")).isTrue();
        assertThat(seen.size()).isZero();
    }

    @Test
    void refusesANonPositiveCapacity() {
        assertThatThrownBy(() -> new SeenDeliveries(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void letsExactlyOneOfManyConcurrentCallersProcessEachId() throws Exception {
        SeenDeliveries seen = new SeenDeliveries();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> callers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                callers.add(() -> {
                    int firsts = 0;
                    for (int i = 0; i < 500; i++) {
                        firsts += seen.firstTime("delivery-" + i) ? 1 : 0;
                    }
                    return firsts;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(callers)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(500);
        } finally {
            pool.shutdownNow();
        }
    }
}
