package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.SeedingHttp;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue listings while Gogs changes: a writer creates, closes and reopens issues (about 20 changes a second, as a busy
 * Gogs does) during each listing, over many rounds. Every issue that was in the listed state from the start to the end
 * of a listing must be returned, and no issue twice; for {@code ALL}, every issue that existed at the start.
 */
@RealGogs
class IssueListingWhileGogsChangesTest {

    private static final int ROUNDS = 6;
    private static final int CHANGES_PER_SECOND = 20;

    private static GogsServer gogs;
    private static TestClients clients;
    private static GogsUser alice;
    private static GogsRepository repo;
    /** Issue number to open (true) or closed, as the writers left it. */
    private static final Map<Object, Boolean> ISSUES = new HashMap<>();

    /** 300 issues, every third closed: 200 open (20 pages) and 100 closed (10 pages). */
    @BeforeAll
    static void seed(GogsServer server) {
        gogs = server;
        clients = new TestClients(gogs);
        alice = gogs.createUser("alice");
        repo = alice.createRepository("busy").withInitialCommit();
        for (long number : repo.createIssues(300)) {
            boolean open = number % 3 != 0;
            if (!open) {
                repo.closeIssue(number);
            }
            ISSUES.put(number, open);
        }
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void everyOpenIssueThatStaysOpenIsListedOnce() throws Exception {
        listWhileChanging(IssueState.OPEN, issues -> issues.list(IssueState.OPEN));
    }

    @Test
    void everyClosedIssueThatStaysClosedIsListedOnce() throws Exception {
        listWhileChanging(IssueState.CLOSED, issues -> issues.list(IssueState.CLOSED));
    }

    @Test
    void everyIssueIsListedOnceInAllStatesEvenWhenItChangesState() throws Exception {
        listWhileChanging(IssueState.ALL, issues -> issues.list(IssueState.ALL));
    }

    @Test
    void theStreamOfOpenIssuesHoldsEveryIssueThatStaysOpenOnce() throws Exception {
        listWhileChanging(
                IssueState.OPEN, issues -> issues.stream(IssueState.OPEN).toList());
    }

    @Test
    void theStreamOfAllStatesHoldsEveryIssueOnce() throws Exception {
        listWhileChanging(
                IssueState.ALL, issues -> issues.stream(IssueState.ALL).toList());
    }

    private static void listWhileChanging(IssueState state, Function<IssuesApi, List<Issue>> listing) throws Exception {
        RequestCounter counter = new RequestCounter();
        IssuesApi issues =
                clients.as(alice, counter).repo(alice.name(), repo.name()).issues();
        int changesDuringListings = 0;
        Churn<Boolean> writer = new Churn<>(ISSUES, IssueListingWhileGogsChangesTest::change, CHANGES_PER_SECOND);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                long start = System.nanoTime();
                Map<Object, Boolean> before = writer.snapshot();
                counter.reset();
                List<Issue> listed = listing.apply(issues);
                long end = System.nanoTime();
                Set<Object> changed = writer.changedBetween(start, end);
                changesDuringListings += changed.size();
                System.out.printf(
                        "%s round %d: %d issues in %d ms, %d requests, %d issues changed meanwhile%n",
                        state, round, listed.size(), (end - start) / 1_000_000, counter.count(), changed.size());

                List<Long> numbers = listed.stream().map(Issue::number).toList();
                assertThat(numbers).as("issues listed twice").doesNotHaveDuplicates();
                Set<Long> stayed = new TreeSet<>();
                before.forEach((number, open) -> {
                    boolean inState = state == IssueState.ALL || open == (state == IssueState.OPEN);
                    if (inState && (state == IssueState.ALL || !changed.contains(number))) {
                        stayed.add((Long) number);
                    }
                });
                Set<Long> missed = new TreeSet<>(stayed);
                numbers.forEach(missed::remove);
                assertThat(missed)
                        .as("round %d: issues %s throughout the listing that it missed", round, state)
                        .isEmpty();
            }
        } finally {
            writer.close(); // first, so that no change comes after the copy below
            ISSUES.clear();
            ISSUES.putAll(writer.snapshot());
        }
        assertThat(changesDuringListings).as("issues changed while listing").isPositive();
    }

    /**
     * Creates an issue (20 %), closes an open one (45 %) or reopens a closed one (35 %), at random: both listings
     * grow slowly.
     */
    private static Map.Entry<Object, Boolean> change(Map<Object, Boolean> issues) {
        SeedingHttp http = gogs.http();
        String path = repo.apiPath() + "/issues";
        double dice = ThreadLocalRandom.current().nextDouble();
        if (dice < 0.2) {
            long number = http.post(path, Map.of("title", "New"), alice.token())
                    .path("number")
                    .asLong();
            return Map.entry(number, true);
        }
        boolean close = dice < 0.65;
        List<Object> candidates = issues.entrySet().stream()
                .filter(e -> e.getValue() == close)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(ArrayList::new));
        Object number = candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
        http.patch(path + "/" + number, Map.of("state", close ? "closed" : "open"), alice.token());
        return Map.entry(number, !close);
    }
}
