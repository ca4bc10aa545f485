package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

    /**
     * {@code HookLedger.xml} holds the ledger's fields as XStream reads them back: the salt and the map from
     * {@code <server URL> <owner/name in lower case>} to {@code <fingerprint> <hook URL>} (or {@code stale}). A
     * ledger of an earlier version, set up field by field as XStream does, answers for keys of the current type.
     */
    @Test
    void aLedgerWrittenByTheEarlierVersionStillAnswers() throws Exception {
        String salt = "00112233445566778899aabbccddeeff";
        HookLedger stored = new HookLedger();
        field("salt").set(stored, salt);
        field("hooks")
                .set(
                        stored,
                        new HashMap<>(Map.of(
                                "https://git.example.com acme/app",
                                earlierFingerprint(salt, "s1") + " " + URL,
                                "https://git.example.com acme/lib",
                                "stale")));

        RepositoryKey app = new RepositoryKey("HTTPS://Git.Example.com/", "Acme", "App");
        assertThat(stored.isCurrent(app, URL, "s1")).isTrue();
        assertThat(stored.secretStatus(app, "s2")).isEqualTo(SecretStatus.CHANGED);
        RepositoryKey lib = new RepositoryKey("https://git.example.com", "ACME", "lib");
        assertThat(stored.knows(lib)).isTrue();
        assertThat(stored.secretStatus(lib, "s1")).isEqualTo(SecretStatus.CHANGED);
        assertThat(stored.markStale(lib)).as("stale already: nothing to save").isFalse();
    }

    @Test
    void entriesAreStoredInTheFormEarlierVersionsRead() throws Exception {
        HookLedger ledger = new HookLedger();

        ledger.registered(new RepositoryKey("HTTPS://Git.Example.com:443/", "Acme", "App"), URL, "s1");

        @SuppressWarnings("unchecked")
        Map<String, String> hooks = (Map<String, String>) field("hooks").get(ledger);
        assertThat(hooks).containsOnlyKeys("https://git.example.com acme/app");
        assertThat(hooks.get("https://git.example.com acme/app"))
                .as("a fingerprint and the hook URL")
                .endsWith(" " + URL);
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = HookLedger.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /** The fingerprint as every version so far computes it: HMAC-SHA256 keyed with the salt, the first 16 bytes. */
    private static String earlierFingerprint(String salt, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        byte[] digest = mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
