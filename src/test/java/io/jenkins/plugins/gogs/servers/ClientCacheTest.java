package io.jenkins.plugins.gogs.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RealGogs
class ClientCacheTest {

    private static GogsServer gogs;
    private static GogsUser alice;
    private final AtomicInteger built = new AtomicInteger();

    @BeforeAll
    static void seed(GogsServer server) {
        gogs = server;
        alice = server.createUser("alice");
    }

    @Test
    void theSameFingerprintGivesTheSameClient() {
        try (ClientCache cache = new ClientCache(TimeUnit.HOURS.toMillis(1))) {
            GogsClient first = cache.get("gogs\nalice", "f1", factory());
            GogsClient second = cache.get("gogs\nalice", "f1", factory());

            assertThat(second).isSameAs(first);
            assertThat(built).hasValue(1);
            assertThat(works(first)).isTrue();
        }
    }

    @Test
    void aChangedFingerprintBuildsANewClientAndClosesTheOldOneAfterTheGrace() {
        try (ClientCache cache = new ClientCache(50)) {
            GogsClient old = cache.get("gogs\nalice", "token-1", factory());
            GogsClient fresh = cache.get("gogs\nalice", "token-2", factory());

            assertThat(fresh).isNotSameAs(old);
            assertThat(built).hasValue(2);
            await(() -> !works(old), "the replaced client to be closed");
            assertThat(works(fresh)).isTrue();
            assertThat(cache.get("gogs\nalice", "token-2", factory())).isSameAs(fresh);
        }
    }

    @Test
    void aReplacedClientKeepsWorkingDuringTheGrace() {
        try (ClientCache cache = new ClientCache(TimeUnit.HOURS.toMillis(1))) {
            GogsClient old = cache.get("gogs\nalice", "token-1", factory());
            cache.get("gogs\nalice", "token-2", factory());

            assertThat(works(old))
                    .as("a scan still holding the old client finishes")
                    .isTrue();
        }
    }

    @Test
    void aFailingFactoryLeavesTheCachedClientInPlace() {
        try (ClientCache cache = new ClientCache(50)) {
            GogsClient current = cache.get("gogs\nalice", "f1", factory());

            assertThatThrownBy(() -> cache.get("gogs\nalice", "f2", () -> {
                        throw new IllegalArgumentException("The access token is empty");
                    }))
                    .hasMessage("The access token is empty");

            assertThat(cache.get("gogs\nalice", "f1", factory())).isSameAs(current);
            assertThat(works(current)).isTrue();
        }
    }

    @Test
    void evictForgetsEveryClientOfAServerAndClosesThem() {
        try (ClientCache cache = new ClientCache(50)) {
            GogsClient a = cache.get("http://gogs:3000\nalice", "f", factory());
            GogsClient b = cache.get("http://gogs:3000\nbob", "f", factory());
            GogsClient other = cache.get("http://gogs:30001\nalice", "f", factory());

            cache.evict("http://gogs:3000\n");

            assertThat(cache.size()).isEqualTo(1);
            await(() -> !works(a) && !works(b), "the evicted clients to be closed");
            assertThat(works(other)).isTrue();
            assertThat(cache.get("http://gogs:3000\nalice", "f", factory())).isNotSameAs(a);
        }
    }

    private Supplier<GogsClient> factory() {
        return () -> {
            built.incrementAndGet();
            return GogsClient.builder(gogs.url())
                    .credentials(GogsCredentials.token(alice.token()))
                    .build();
        };
    }

    private static boolean works(GogsClient client) {
        try {
            return alice.name().equals(client.users().authenticated().username());
        } catch (RuntimeException e) {
            return false; // a closed client refuses every request
        }
    }

    /** Waits (bounded) for something that happens on the cache's closer thread; not a timing assertion. */
    private static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
