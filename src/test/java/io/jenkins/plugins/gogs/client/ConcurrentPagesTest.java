package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.gogs.client.model.Issue;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How many pages are in flight at once, and whether slow early pages keep their place: things a real Gogs does not
 * show, so a small local server that counts concurrent requests and answers later pages sooner than earlier ones.
 */
class ConcurrentPagesTest {

    private static final int PAGES = 9;

    private HttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/v1/repos/alice/demo/issues", this::page);
        server.createContext("/api/v1/repos/alice/demo/issues/comments", e -> json(e, "[]"));
        server.createContext("/api/v1/repos/alice/demo", e -> json(e, "{\"id\":1,\"open_issues_count\":90}"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** The comments (none: nothing was closed or reopened) and the repository. */
    private static void json(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Page N holds issues 10N..10N-9 (newest first), answered after (PAGES - N) * 30 ms; pages past 9 are empty. */
    private void page(HttpExchange exchange) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            String query = exchange.getRequestURI().getQuery();
            int page = Integer.parseInt(query.replaceAll(".*page=(\\d+).*", "$1"));
            Thread.sleep(Math.max(0, PAGES - page) * 30L);
            long[] numbers = page > PAGES
                    ? new long[0]
                    : LongStream.rangeClosed(1, 10)
                            .map(i -> (PAGES - page + 1) * 10L - i + 1)
                            .toArray();
            byte[] body = StubbedGogs.issuesJson(java.util.Arrays.stream(numbers)
                            .mapToInt(n -> (int) n)
                            .toArray())
                    .getBytes(StandardCharsets.UTF_8);
            if (page < PAGES) {
                exchange.getResponseHeaders()
                        .add(
                                "Link",
                                "<http://elsewhere/api/v1/repos/alice/demo/issues?page=" + PAGES + ">; rel=\"last\"");
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Test
    void fetchesPagesConcurrentlyWithinTheBoundAndKeepsTheServersOrder() {
        RequestCounter counter = new RequestCounter();
        try (GogsClient client = GogsClient.builder(
                        "http://127.0.0.1:" + server.getAddress().getPort())
                .credentials(GogsCredentials.token(StubbedGogs.TOKEN))
                .pageConcurrency(3)
                .listener(counter)
                .build()) {
            List<Issue> issues = client.repo("alice", "demo").issues().list(IssueState.OPEN);

            assertThat(issues)
                    .extracting(Issue::number)
                    .containsExactlyElementsOf(LongStream.iterate(PAGES * 10L, n -> n >= 1, n -> n - 1)
                            .boxed()
                            .toList());
        }
        // The 9 pages; page 10, since page 9 is full; then page 1 again, the repository and the comments, which show
        // that no issue was created, closed or reopened while the pages were read.
        assertThat(counter.count()).isEqualTo(PAGES + 1 + 3);
        assertThat(maxInFlight.get()).as("pages requested at the same time").isBetween(2, 3);
    }
}
