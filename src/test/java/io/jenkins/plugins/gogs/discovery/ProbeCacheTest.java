package io.jenkins.plugins.gogs.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The probe cache's own rules, with a probe that counts its calls (Gogs' side is in ProbePlanTest). */
class ProbeCacheTest {

    private static final RepositoryKey REPO = new RepositoryKey("http://gogs.example", "Alice", "Demo");
    private static final String SHA1 = "1".repeat(40);
    private static final String SHA2 = "2".repeat(40);
    private static final String SHA3 = "3".repeat(40);

    /** Answers FILE for every path and counts how often each (sha, path) was asked. */
    private static final class CountingProbe implements FileProbe {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

        @Override
        public PathKind probe(String commitSha, String path) {
            calls.computeIfAbsent(commitSha + ":" + path, k -> new AtomicInteger())
                    .incrementAndGet();
            return PathKind.FILE;
        }

        int total() {
            return calls.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    @Test
    void probesEachCommitAndPathOnceHoweverThePathIsWritten() {
        CountingProbe probe = new CountingProbe();
        ProbePlan plan = new ProbePlan(REPO, probe, new ProbeCache());

        assertThat(plan.exists(SHA1, "Jenkinsfile")).isTrue();
        assertThat(plan.stat(SHA1, "/Jenkinsfile")).isEqualTo(PathKind.FILE);
        assertThat(plan.stat(SHA1, "./Jenkinsfile/")).isEqualTo(PathKind.FILE);
        plan.statAll(java.util.List.of(SHA1, SHA2, SHA1, SHA2), "Jenkinsfile");

        assertThat(probe.calls).containsOnlyKeys(SHA1 + ":Jenkinsfile", SHA2 + ":Jenkinsfile");
        assertThat(probe.total()).isEqualTo(2);
    }

    @Test
    void answersAreSharedBetweenPlansOfTheSameRepositoryButNotOfAnother() {
        CountingProbe probe = new CountingProbe();
        ProbeCache cache = new ProbeCache();
        new ProbePlan(REPO, probe, cache).stat(SHA1, "Jenkinsfile");

        new ProbePlan(new RepositoryKey("http://gogs.example/", "alice", "demo"), probe, cache)
                .stat(SHA1, "Jenkinsfile");
        new ProbePlan(new RepositoryKey("http://gogs.example", "bob", "demo"), probe, cache).stat(SHA1, "Jenkinsfile");

        assertThat(probe.total()).isEqualTo(2);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(2);
    }

    @Test
    void forgetsTheLeastRecentlyUsedAnswerBeyondItsBound() {
        CountingProbe probe = new CountingProbe();
        ProbeCache cache = new ProbeCache(2);
        ProbePlan plan = new ProbePlan(REPO, probe, cache);
        plan.stat(SHA1, "Jenkinsfile");
        plan.stat(SHA2, "Jenkinsfile");
        plan.stat(SHA1, "Jenkinsfile"); // SHA2 is now the least recently used

        plan.stat(SHA3, "Jenkinsfile");
        plan.stat(SHA1, "Jenkinsfile");
        plan.stat(SHA2, "Jenkinsfile");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(probe.calls.get(SHA1 + ":Jenkinsfile")).hasValue(1);
        assertThat(probe.calls.get(SHA2 + ":Jenkinsfile")).hasValue(2);
    }

    @Test
    void aFailedProbeIsNotRemembered() {
        AtomicInteger calls = new AtomicInteger();
        FileProbe flaky = (sha, path) -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("Gogs is down");
            }
            return PathKind.MISSING;
        };
        ProbePlan plan = new ProbePlan(REPO, flaky, new ProbeCache());

        assertThatThrownBy(() -> plan.stat(SHA1, "Jenkinsfile")).hasMessage("Gogs is down");
        assertThat(plan.exists(SHA1, "Jenkinsfile")).isFalse();
        assertThat(calls).hasValue(2);
    }

    @Test
    void twoThreadsAskingTheSameQuestionAtOnceShareOneProbe() throws Exception {
        CountDownLatch probing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        FileProbe slow = (sha, path) -> {
            calls.incrementAndGet();
            probing.countDown();
            await(release);
            return PathKind.DIRECTORY;
        };
        ProbeCache cache = new ProbeCache();
        ProbePlan plan = new ProbePlan(REPO, slow, cache);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<PathKind> first = threads.submit(() -> plan.stat(SHA1, "ci"));
            assertThat(probing.await(30, TimeUnit.SECONDS)).isTrue();
            Future<PathKind> second = threads.submit(() -> plan.stat(SHA1, "ci"));
            for (int i = 0; i < 3000 && cache.hits() == 0; i++) {
                Thread.sleep(10); // until the second thread waits for the running probe
            }
            release.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(PathKind.DIRECTORY);
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(PathKind.DIRECTORY);
            assertThat(calls).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void refusesWhatCannotBeCachedSafely() {
        ProbePlan plan = new ProbePlan(REPO, new CountingProbe(), new ProbeCache());

        assertThatThrownBy(() -> plan.stat("master", "Jenkinsfile"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("full commit SHA");
        assertThatThrownBy(() -> plan.stat("abc1234", "Jenkinsfile")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.stat(SHA1, "../outside")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.stat(SHA1, "/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProbeCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
