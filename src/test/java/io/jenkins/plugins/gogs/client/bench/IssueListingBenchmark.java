package io.jenkins.plugins.gogs.client.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.IssueState;
import io.jenkins.plugins.gogs.client.RequestCounter;
import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long listing 2,000 open issues takes with our client (page 1, then the other pages concurrently) against the
 * baseline that follows {@code rel="next"} one page at a time, and against our client held to one page at a time:
 * all in the same run, against the same real Gogs, alternating the order, first over loopback and then through a
 * relay that adds network latency. Prints a table and writes it to {@code target/benchmark-issue-listing.md}.
 *
 * <p>Not part of the normal build. Run it (see docs/benchmarks.md) with:
 * <pre>
 * GOGS_BINARY=... mvn -B -ntp -f .ci/pom.xml test -Dtest=IssueListingBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dgogs.benchmark=true
 * </pre>
 * Options: {@code -Dgogs.benchmark.issues=2000}, {@code -Dgogs.benchmark.rounds=5},
 * {@code -Dgogs.benchmark.concurrency=8} (pages our client fetches at once),
 * {@code -Dgogs.benchmark.latencyMs=10} (one-way latencies to add after loopback, comma-separated; 10 adds 20 ms to
 * every request and its response; empty for none).
 */
@Tag("benchmark")
@RealGogs
@EnabledIfSystemProperty(named = "gogs.benchmark", matches = "true")
class IssueListingBenchmark {

    private static final int ISSUES = Integer.getInteger("gogs.benchmark.issues", 2000);
    private static final int ROUNDS = Integer.getInteger("gogs.benchmark.rounds", 5);
    private static final int CONCURRENCY = Integer.getInteger("gogs.benchmark.concurrency", 8);
    private static final String LATENCIES_MS = System.getProperty("gogs.benchmark.latencyMs", "10");

    record Run(String name, long nanos, long requests, long gogsCpuMillis) {}

    /** Found once Gogs runs (the fixture starts it before the test method). */
    private static GogsCpu GOGS_CPU;

    @Test
    void listsAllIssuesFasterThanFollowingNextLinks(GogsServer gogs) throws IOException {
        GOGS_CPU = new GogsCpu();
        GogsUser owner = gogs.createUser("bench");
        GogsRepository repo = owner.createRepository("issues").withInitialCommit();
        long seeding = System.nanoTime();
        List<Long> expected = new ArrayList<>(repo.createIssues(ISSUES));
        Collections.sort(expected);
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%d open issues (seeded in %.0f s), %d rounds after 1 warm-up, page concurrency %d, %d CPUs%n",
                ISSUES,
                (System.nanoTime() - seeding) / 1e9,
                ROUNDS,
                CONCURRENCY,
                Runtime.getRuntime().availableProcessors()));

        report.append(compare("loopback", gogs.url(), owner, repo, expected));
        URI direct = URI.create(gogs.url());
        for (String latency : LATENCIES_MS.split(",")) {
            if (latency.isBlank()) {
                continue;
            }
            int oneWay = Integer.parseInt(latency.strip());
            try (LatencyProxy proxy = new LatencyProxy(direct.getHost(), direct.getPort(), oneWay)) {
                report.append(compare(
                        oneWay + " ms each way (" + 2 * oneWay + " ms round trip)",
                        "http://127.0.0.1:" + proxy.port(),
                        owner,
                        repo,
                        expected));
            }
        }
        System.out.println(report);
        Path out = Path.of("target", "benchmark-issue-listing.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static String compare(String network, String url, GogsUser owner, GogsRepository repo, List<Long> expected)
            throws IOException {
        RequestCounter counter = new RequestCounter();
        List<Run> ours = new ArrayList<>();
        List<Run> sequential = new ArrayList<>();
        List<Run> baseline = new ArrayList<>();
        try (GogsClient client = client(url, owner, CONCURRENCY, counter);
                GogsClient oneAtATime = client(url, owner, 1, counter);
                NextLinkBaseline links = new NextLinkBaseline(owner.token(), url)) {
            String firstPage = url + repo.apiPath() + "/issues?state=open&page=1";
            for (int round = 0; round <= ROUNDS; round++) { // round 0 warms up the JIT and the connections
                List<Run> runs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    switch ((round + i) % 3) { // each goes first, second and third in turn
                        case 0 -> runs.add(timeClient("our client", client, owner, repo, counter, expected));
                        case 1 -> runs.add(timeBaseline(links, firstPage, expected));
                        default ->
                            runs.add(timeClient(
                                    "our client, 1 page at a time", oneAtATime, owner, repo, counter, expected));
                    }
                }
                if (round > 0) {
                    for (Run run : runs) {
                        (run.name().equals("our client")
                                        ? ours
                                        : run.name().startsWith("baseline") ? baseline : sequential)
                                .add(run);
                    }
                }
            }
        }
        return String.format(Locale.ROOT, "%n### Network: %s%n%n", network)
                + "| how | requests | median ms | min ms | max ms | Gogs CPU ms (median) |\n|---|---|---|---|---|---|\n"
                + row(ours) + row(sequential) + row(baseline)
                + String.format(
                        Locale.ROOT, "%nbaseline / our client (medians): %.2fx%n", median(baseline) / median(ours));
    }

    private static GogsClient client(String url, GogsUser user, int concurrency, RequestCounter counter) {
        return GogsClient.builder(url)
                .credentials(GogsCredentials.token(user.token()))
                .pageConcurrency(concurrency)
                .listener(counter)
                .build();
    }

    private static Run timeClient(
            String name,
            GogsClient client,
            GogsUser owner,
            GogsRepository repo,
            RequestCounter counter,
            List<Long> expected) {
        counter.reset();
        long cpu = GOGS_CPU.millis();
        long start = System.nanoTime();
        List<Issue> issues = client.repo(owner.name(), repo.name()).issues().list(IssueState.OPEN);
        long nanos = System.nanoTime() - start;
        long gogsCpu = GOGS_CPU.millis() - cpu;
        assertThat(issues.stream().map(Issue::number).sorted().toList()).isEqualTo(expected);
        return new Run(name, nanos, counter.reset(), cpu < 0 ? -1 : gogsCpu);
    }

    private static Run timeBaseline(NextLinkBaseline links, String firstPage, List<Long> expected) throws IOException {
        links.takeRequestCount();
        long cpu = GOGS_CPU.millis();
        long start = System.nanoTime();
        List<Long> numbers = links.listIssueNumbers(firstPage);
        long nanos = System.nanoTime() - start;
        long gogsCpu = GOGS_CPU.millis() - cpu;
        assertThat(numbers.stream().sorted().toList()).isEqualTo(expected);
        return new Run("baseline: follow rel=\"next\"", nanos, links.takeRequestCount(), cpu < 0 ? -1 : gogsCpu);
    }

    private static double median(List<Run> runs) {
        List<Long> sorted = runs.stream().map(Run::nanos).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static String row(List<Run> runs) {
        List<Long> ms = runs.stream().map(r -> r.nanos() / 1_000_000).sorted().toList();
        List<Long> cpu = runs.stream().map(Run::gogsCpuMillis).sorted().toList();
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.0f | %d | %d | %d |%n",
                runs.get(0).name(),
                runs.get(0).requests(),
                median(runs) / 1e6,
                ms.get(0),
                ms.get(ms.size() - 1),
                cpu.get(cpu.size() / 2));
    }
}
