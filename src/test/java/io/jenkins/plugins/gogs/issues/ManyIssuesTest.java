package io.jenkins.plugins.gogs.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.RequestCounter;
import io.jenkins.plugins.gogs.client.RequestEvent;
import io.jenkins.plugins.gogs.client.RequestListener;
import io.jenkins.plugins.gogs.fixture.GogsLabel;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.IssueRequest;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The issue's "done when": {@code gogsIssues(state: 'all', labels: ['bug'])} on a repository with hundreds of issues
 * returns exactly the right set, reading every page once, several pages at a time.
 */
@RealGogs
class ManyIssuesTest {

    private static final Logger LOGGER = Logger.getLogger(ManyIssuesTest.class.getName());
    private static final int ISSUES = 250;

    /** Records on which thread each request ran, and when (from the end time and the duration it reports). */
    private static final class Recorder implements RequestListener {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final List<long[]> intervals = new ArrayList<>();

        @Override
        public synchronized void exchanged(RequestEvent event) {
            long end = System.nanoTime();
            threads.add(Thread.currentThread().getName());
            intervals.add(new long[] {end - event.duration().toNanos(), end});
        }

        /** The most requests that were under way at one moment. */
        synchronized int maxOverlap() {
            int max = 0;
            for (long[] a : intervals) {
                int overlapping = 0;
                for (long[] b : intervals) {
                    if (b[0] <= a[0] && a[0] < b[1]) {
                        overlapping++;
                    }
                }
                max = Math.max(max, overlapping);
            }
            return max;
        }
    }

    @Test
    void allStatesWithLabelBugOverHundredsOfIssues(GogsServer gogs) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("busy").withInitialCommit();
        GogsLabel bug = repo.createLabel("bug", "#ee0701");
        GogsLabel other = repo.createLabel("other", "#cccccc");
        List<Long> expected = new ArrayList<>();
        int open = 0;
        long seeding = System.nanoTime();
        for (int i = 1; i <= ISSUES; i++) {
            boolean isBug = i % 3 == 0 || i % 7 == 0;
            boolean closed = i % 4 == 0;
            IssueRequest request = repo.createIssue("Issue " + i).withLabels(isBug ? bug : other);
            long number = (closed ? request.closed() : request.open()).number();
            if (isBug) {
                expected.add(number);
            }
            open += closed ? 0 : 1;
        }
        long seedMillis = (System.nanoTime() - seeding) / 1_000_000;
        int closedCount = ISSUES - open;

        RequestCounter counter = new RequestCounter();
        Recorder recorder = new Recorder();
        try (TestClients clients = new TestClients(gogs)) {
            GogsIssues issues = new GogsIssues(
                    clients.as(alice, counter, recorder), new RepositoryName(alice.name(), repo.name()), "gogs-token");

            List<Map<String, Object>> found =
                    issues.find(IssueQuery.fromMap(Map.of("state", "all", "labels", List.of("bug"))));

            assertThat(found)
                    .extracting(i -> ((Integer) i.get("number")).longValue())
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(found).extracting(i -> (String) i.get("created")).isSortedAccordingTo(Comparator.reverseOrder());
            long pages = (open + 9) / 10 + (closedCount + 9) / 10; // Gogs serves 10 issues a page
            long read = pages + (open % 10 == 0 ? 1 : 0) + (closedCount % 10 == 0 ? 1 : 0); // and past a full last page
            long look = 3; // at what changed meanwhile: page 1 of the open issues again, the repository, the comments
            // When the last change is seconds old (the seeding), the pages once more between two looks.
            assertThat(counter.count()).isIn(read + look, read + look + read + look);
            assertThat(recorder.threads).hasSizeGreaterThan(1);
            LOGGER.info(() -> "Seeded " + ISSUES + " issues in " + seedMillis + " ms; state all + label bug: "
                    + found.size() + " issues from " + counter.count() + " pages on " + recorder.threads.size()
                    + " threads, at most " + recorder.maxOverlap() + " requests at once");
        }
    }
}
