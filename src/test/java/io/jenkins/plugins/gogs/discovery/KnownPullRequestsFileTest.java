package io.jenkins.plugins.gogs.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What deliveries said about pull requests survives a restart: kept in a file, read back by the next Jenkins,
 * bounded, and written later on another thread, never by the thread that learned it.
 */
class KnownPullRequestsFileTest {

    private static final RepositoryKey APP = new RepositoryKey("https://gogs.example.com", "Acme", "App");
    private static final PullRequestFacts FROM_FORK =
            new PullRequestFacts("develop", "fix/ünï", "mallory", "app", true, "mallory");
    private static final PullRequestFacts FROM_ORIGIN =
            new PullRequestFacts("release/1.x", "feature/one", "acme", "app", false, "alice");
    private static final PullRequestFacts FROM_DELETED_FORK =
            new PullRequestFacts("main", "gone", null, null, true, "eve");

    @TempDir
    Path home;

    private final ManualScheduler scheduler = new ManualScheduler();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    /** Keeps what it is asked to schedule, to run when the test says. */
    private static final class ManualScheduler extends ScheduledThreadPoolExecutor {
        final List<Runnable> scheduled = new CopyOnWriteArrayList<>();

        ManualScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            scheduled.add(command);
            return super.schedule(() -> {}, 1, TimeUnit.DAYS);
        }

        void runScheduled() {
            List<Runnable> due = new ArrayList<>(scheduled);
            scheduled.clear();
            due.forEach(Runnable::run);
        }
    }

    private Path file() {
        return home.resolve("known-pull-requests.json");
    }

    private KnownPullRequestsFile open(int maxEntries) {
        return KnownPullRequestsFile.open(file(), maxEntries, scheduler, Duration.ofSeconds(5));
    }

    @Test
    void whatWasLearnedIsThereAfterARestart() throws IOException {
        KnownPullRequestsFile before = open(100);
        before.pullRequests().learn(APP, 7, FROM_FORK);
        before.pullRequests().learn(APP, 8, FROM_ORIGIN);
        before.pullRequests().learn(APP, 9, FROM_DELETED_FORK);
        before.flush();

        KnownPullRequests after = open(100).pullRequests();

        assertThat(after.facts(APP, 7)).contains(FROM_FORK);
        assertThat(after.facts(new RepositoryKey("https://gogs.example.com/", "acme", "app"), 8))
                .contains(FROM_ORIGIN);
        assertThat(after.facts(APP, 9)).contains(FROM_DELETED_FORK);
        assertThat(after.facts(APP, 10)).isEmpty();
        assertThat(after.entries()).isEqualTo(before.pullRequests().entries());
    }

    @Test
    void aFileWrittenByTheEarlierVersionStillLoads() throws IOException {
        // Before discovery and events shared one RepositoryKey, the file held owner and repository in lower case.
        Files.writeString(file(), """
                {"format":1,"pullRequests":[{"server":"https://gogs.example.com","owner":"acme","repository":"app",\
                "number":7,"baseBranch":"develop","headBranch":"fix/ünï","headOwner":"mallory","headRepository":"app",\
                "fromFork":true,"author":"mallory"}]}
                """, StandardCharsets.UTF_8);

        KnownPullRequestsFile store = open(100);

        assertThat(store.pullRequests().facts(APP, 7))
                .as("found by the key Gogs' spelling makes")
                .contains(FROM_FORK);
        assertThat(store.pullRequests()
                        .learn(new RepositoryKey("https://GOGS.example.com/", "ACME", "APP"), 7, FROM_FORK))
                .as("already known, however spelled")
                .isFalse();
        assertThat(store.pullRequests().size()).isEqualTo(1);
    }

    @Test
    void theFileKeepsGogsSpellingOfOwnerAndRepository() throws IOException {
        KnownPullRequestsFile store = open(100);
        store.pullRequests().learn(APP, 7, FROM_FORK);
        store.flush();

        assertThat(Files.readString(file(), StandardCharsets.UTF_8))
                .contains("\"owner\":\"Acme\"", "\"repository\":\"App\"", "\"server\":\"https://gogs.example.com\"");
        assertThat(open(100).pullRequests().entries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.repository().fullName()).isEqualTo("Acme/App"));
    }

    @Test
    void learningWritesNothingItselfAndManyChangesMakeOneWriteLater() throws IOException {
        KnownPullRequestsFile store = open(KnownPullRequests.DEFAULT_MAX_ENTRIES);

        for (long number = 1; number <= 10_000; number++) {
            store.pullRequests().learn(APP, number, FROM_FORK);
        }

        assertThat(Files.exists(file()))
                .as("nothing written by the learning thread")
                .isFalse();
        assertThat(scheduler.scheduled)
                .as("one write scheduled for all changes")
                .hasSize(1);
        scheduler.runScheduled();
        assertThat(open(KnownPullRequests.DEFAULT_MAX_ENTRIES).pullRequests().size())
                .isEqualTo(10_000);
        store.pullRequests().learn(APP, 1, FROM_FORK);
        assertThat(scheduler.scheduled)
                .as("learning what is known changes nothing")
                .isEmpty();
        store.pullRequests().learn(APP, 1, FROM_ORIGIN);
        assertThat(scheduler.scheduled).hasSize(1);
    }

    @Test
    void aFlushWithNothingChangedWritesNothing() throws IOException {
        KnownPullRequestsFile store = open(10);
        store.flush();
        assertThat(Files.exists(file())).isFalse();

        store.pullRequests().learn(APP, 7, FROM_FORK);
        store.flush();
        Files.delete(file());
        store.flush();
        assertThat(Files.exists(file())).isFalse();
    }

    @Test
    void theStoreIsBoundedInMemoryAndOnDisk() throws IOException {
        KnownPullRequestsFile store = open(100);
        for (long number = 1; number <= 150; number++) {
            store.pullRequests().learn(APP, number, FROM_FORK);
        }
        store.flush();

        KnownPullRequests after = open(100).pullRequests();

        assertThat(store.pullRequests().size()).isEqualTo(100);
        assertThat(after.size()).isEqualTo(100);
        assertThat(after.facts(APP, 50))
                .as("the least recently used are forgotten")
                .isEmpty();
        assertThat(after.facts(APP, 51)).contains(FROM_FORK);
        assertThat(after.facts(APP, 150)).contains(FROM_FORK);
    }

    @Test
    void forgettingIsWrittenToo() throws IOException {
        KnownPullRequestsFile store = open(100);
        RepositoryKey other = new RepositoryKey("https://gogs.example.com", "acme", "other");
        store.pullRequests().learn(APP, 7, FROM_FORK);
        store.pullRequests().learn(APP, 8, FROM_ORIGIN);
        store.pullRequests().learn(other, 7, FROM_ORIGIN);
        store.flush();

        store.pullRequests().forgetRepository(APP);
        scheduler.runScheduled();

        KnownPullRequests after = open(100).pullRequests();
        assertThat(after.facts(APP, 7)).isEmpty();
        assertThat(after.facts(other, 7)).contains(FROM_ORIGIN);
    }

    @Test
    void anUnreadableFileIsLearnedAgainAndReplaced() throws IOException {
        Files.writeString(file(), "{ not json", StandardCharsets.UTF_8);

        KnownPullRequestsFile store = open(100);
        assertThat(store.pullRequests().size()).isZero();
        store.pullRequests().learn(APP, 7, FROM_FORK);
        store.flush();

        assertThat(open(100).pullRequests().facts(APP, 7)).contains(FROM_FORK);
    }

    @Test
    void writesWhileOtherThreadsLearnLoseNothing() throws Exception {
        ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1);
        ExecutorService learners = Executors.newFixedThreadPool(4);
        List<LogRecord> failures = new CopyOnWriteArrayList<>();
        Handler failedWrites = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    failures.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(KnownPullRequestsFile.class.getName());
        logger.addHandler(failedWrites);
        try {
            KnownPullRequestsFile store = KnownPullRequestsFile.open(file(), 10_000, writer, Duration.ZERO);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                RepositoryKey repository = new RepositoryKey("https://gogs.example.com", "acme", "repo-" + t);
                done.add(learners.submit(() -> {
                    for (long number = 1; number <= 2_000; number++) {
                        store.pullRequests().learn(repository, number, FROM_ORIGIN);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
            writer.shutdown();
            assertThat(writer.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            store.flush();

            assertThat(open(10_000).pullRequests().size()).isEqualTo(8_000);
            assertThat(failures).as("writes that failed while others learned").isEmpty();
        } finally {
            logger.removeHandler(failedWrites);
            learners.shutdownNow();
            writer.shutdownNow();
        }
    }
}
