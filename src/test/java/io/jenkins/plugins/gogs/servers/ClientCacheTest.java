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
import java.util.concurrent.atomic.AtomicLong;
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
    void twoFingerprintsOfOneSlotUsedInTurnKeepTheirClients() {
        // two folders with a credential of the same id, holding the tokens of different users
        try (ClientCache cache = new ClientCache(50)) {
            GogsClient first = cache.get("gogs\nshared-id", "token-of-alice", factory());
            GogsClient second = cache.get("gogs\nshared-id", "token-of-bob", factory());

            for (int round = 0; round < 3; round++) {
                assertThat(cache.get("gogs\nshared-id", "token-of-alice", factory()))
                        .isSameAs(first);
                assertThat(cache.get("gogs\nshared-id", "token-of-bob", factory()))
                        .isSameAs(second);
            }

            assertThat(built).as("no rebuild when the two are used in turn").hasValue(2);
            assertThat(works(first)).isTrue();
            assertThat(works(second)).isTrue();
        }
    }

    @Test
    void aClientUnusedForTheIdleTimeIsClosedAfterTheGraceAndTheOthersStay() {
        AtomicLong now = new AtomicLong(1_000_000);
        try (ClientCache cache = new ClientCache(50, TimeUnit.HOURS.toMillis(1), now::get)) {
            GogsClient rotatedAway = cache.get("gogs\nalice", "token-1", factory());
            GogsClient current = cache.get("gogs\nalice", "token-2", factory());
            now.addAndGet(TimeUnit.MINUTES.toMillis(59));
            assertThat(cache.get("gogs\nalice", "token-2", factory())).isSameAs(current);
            assertThat(cache.size()).as("not idle for an hour yet").isEqualTo(2);

            now.addAndGet(TimeUnit.MINUTES.toMillis(7));
            assertThat(cache.get("gogs\nalice", "token-2", factory())).isSameAs(current);

            assertThat(cache.size()).isEqualTo(1);
            await(() -> !works(rotatedAway), "the idle client to be closed");
            assertThat(works(current)).isTrue();
            assertThat(cache.get("gogs\nalice", "token-1", factory()))
                    .as("asked again, it is built again")
                    .isNotSameAs(rotatedAway);
        }
    }

    @Test
    void aRetiredClientKeepsWorkingDuringTheGrace() {
        AtomicLong now = new AtomicLong(1_000_000);
        try (ClientCache cache = new ClientCache(TimeUnit.HOURS.toMillis(1), TimeUnit.HOURS.toMillis(1), now::get)) {
            GogsClient old = cache.get("gogs\nalice", "token-1", factory());
            now.addAndGet(TimeUnit.HOURS.toMillis(2));
            cache.get("gogs\nalice", "token-2", factory());

            assertThat(cache.size()).isEqualTo(1);
            assertThat(works(old))
                    .as("a scan still holding the old client finishes")
                    .isTrue();
        }
    }

    @Test
    void aFailingFactoryCachesNothingAndLeavesTheOtherClientsInPlace() {
        try (ClientCache cache = new ClientCache(50)) {
            GogsClient current = cache.get("gogs\nalice", "f1", factory());

            assertThatThrownBy(() -> cache.get("gogs\nalice", "f2", () -> {
                        throw new IllegalArgumentException("The access token is empty");
                    }))
                    .hasMessage("The access token is empty");

            assertThat(cache.size()).isEqualTo(1);
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
