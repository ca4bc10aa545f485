package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HookLedgerTest {

    private static final RepositoryKey REPO = new RepositoryKey("https://git.example.com", "acme", "app");
    private static final String URL = "https://ci.example.com/gogs-hook/post";

    @Test
    void anUnknownRepositoryIsAssumedToCarryTheCurrentSecret() {
        HookLedger ledger = new HookLedger();

        assertThat(ledger.secretStatus(REPO, "s1")).isEqualTo(SecretStatus.UNCHANGED);
        assertThat(ledger.isCurrent(REPO, URL, "s1")).isFalse();
    }

    @Test
    void aNewSecretMeansTheHookMustBeReplaced() {
        HookLedger ledger = new HookLedger();
        ledger.registered(REPO, URL, "s1");

        assertThat(ledger.secretStatus(REPO, "s1")).isEqualTo(SecretStatus.UNCHANGED);
        assertThat(ledger.secretStatus(new RepositoryKey("https://git.example.com", "ACME", "App"), "s1"))
                .isEqualTo(SecretStatus.UNCHANGED);
        assertThat(ledger.isCurrent(REPO, URL, "s1")).isTrue();
        assertThat(ledger.secretStatus(REPO, "s2")).isEqualTo(SecretStatus.CHANGED);
        assertThat(ledger.secretStatus(REPO, null)).isEqualTo(SecretStatus.CHANGED);
        assertThat(ledger.isCurrent(REPO, "https://other.example.com/gogs-hook/post", "s1"))
                .isFalse();
    }

    @Test
    void refusedDeliveriesMarkTheHookStaleUntilItIsRegisteredAgain() {
        HookLedger ledger = new HookLedger();
        ledger.registered(REPO, URL, "s1");

        ledger.markStale(REPO);

        assertThat(ledger.secretStatus(REPO, "s1")).isEqualTo(SecretStatus.CHANGED);
        assertThat(ledger.isCurrent(REPO, URL, "s1")).isFalse();
        ledger.registered(REPO, URL, "s1");
        assertThat(ledger.secretStatus(REPO, "s1")).isEqualTo(SecretStatus.UNCHANGED);
    }

    @Test
    void forgetsRemovedHooksAndNeverStoresTheSecretItself() throws Exception {
        HookLedger ledger = new HookLedger();
        ledger.registered(REPO, URL, "very-secret-value");
        ledger.registered(new RepositoryKey("https://git.example.com", "acme", "lib"), URL, "very-secret-value");

        var field = HookLedger.class.getDeclaredField("hooks");
        field.setAccessible(true);
        assertThat(field.get(ledger).toString())
                .doesNotContain("very-secret-value")
                .contains(URL);

        ledger.forget(REPO);
        assertThat(ledger.size()).isEqualTo(1);
        assertThat(ledger.isCurrent(REPO, URL, "very-secret-value")).isFalse();
    }

    @Test
    void twoLedgersFingerprintTheSameSecretDifferently() throws Exception {
        HookLedger one = new HookLedger();
        HookLedger two = new HookLedger();
        one.registered(REPO, URL, "same");
        two.registered(REPO, URL, "same");

        var field = HookLedger.class.getDeclaredField("hooks");
        field.setAccessible(true);
        assertThat(field.get(one)).isNotEqualTo(field.get(two));
    }

    /**
     * What the store writes is a snapshot taken under the ledger's lock, while registrations on timer threads go on:
     * each snapshot is a consistent copy that later changes do not reach.
     */
    @Test
    void snapshotsTakenWhileOtherThreadsRegisterAreConsistentCopies() throws Exception {
        HookLedger ledger = new HookLedger();
        int writers = 4;
        int perWriter = 20_000;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perWriter; i++) {
                    ledger.registered(new RepositoryKey("https://git.example.com", "o" + writer, "r" + i), URL, "s");
                }
                return null;
            }));
        }
        int last = 0;
        start.countDown();
        try {
            while (work.stream().anyMatch(f -> !f.isDone())) {
                HookLedger snapshot = ledger.snapshot();
                int size = snapshot.size();
                assertThat(size).isGreaterThanOrEqualTo(last);
                last = size;
                assertThat(snapshot.size())
                        .as("a copy: later registrations do not reach it")
                        .isEqualTo(size);
            }
            for (java.util.concurrent.Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        HookLedger all = ledger.snapshot();
        assertThat(all.size()).isEqualTo(writers * perWriter);
        assertThat(all.isCurrent(new RepositoryKey("https://git.example.com", "o3", "r19999"), URL, "s"))
                .as("same salt, same fingerprints")
                .isTrue();
        ledger.markStale(REPO);
        assertThat(all.knows(REPO)).isFalse();
    }

    @Test
    void markingStaleTellsWhetherTheLedgerChanged() {
        HookLedger ledger = new HookLedger();
        ledger.registered(REPO, URL, "s1");

        assertThat(ledger.markStale(REPO)).isTrue();
        assertThat(ledger.markStale(REPO)).isFalse();
        assertThat(ledger.knows(REPO)).isTrue();
        assertThat(ledger.knows(new RepositoryKey("https://git.example.com", "acme", "other")))
                .isFalse();
    }

    @Test
    void aHookRegisteredAtTheFormerUrlIsToldApart() {
        HookLedger ledger = new HookLedger();
        DesiredHook desired = DesiredHook.forJenkins(URL);
        RepositoryKey other = new RepositoryKey("https://git.example.com", "acme", "lib");
        RepositoryKey stale = new RepositoryKey("https://git.example.com", "acme", "old");
        ledger.registered(REPO, "https://ci.example.com/gogs-webhook/post", "s1");
        ledger.registered(other, URL, "s1");
        ledger.markStale(stale);

        assertThat(ledger.isAtFormerUrl(REPO, desired)).isTrue();
        assertThat(ledger.isCurrent(REPO, URL, "s1")).isFalse();
        assertThat(ledger.secretStatus(REPO, "s1"))
                .as("the secret stays: moving the hook keeps it")
                .isEqualTo(SecretStatus.UNCHANGED);
        assertThat(ledger.isAtFormerUrl(other, desired)).isFalse();
        assertThat(ledger.isAtFormerUrl(stale, desired)).isFalse();
        assertThat(ledger.isAtFormerUrl(new RepositoryKey("https://git.example.com", "acme", "new"), desired))
                .isFalse();
    }
}
