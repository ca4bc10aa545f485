package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Repository search while Gogs changes: a writer creates and deletes repositories that match the keyword during each
 * search (Gogs pages them in the database's order, so deletions move later results to earlier pages and new ones
 * come last). Every repository that exists from the start to the end of a search is found once. A search is fast,
 * so rounds are repeated until {@link #ROUNDS} of them saw the writer change something meanwhile.
 */
@RealGogs
class SearchWhileGogsChangesTest {

    private static final int ROUNDS = 6;
    private static final int MOST_ATTEMPTS = 60;
    private static final int PAGE_SIZE = 3;
    private static final String KEYWORD = "churning";

    private static GogsServer gogs;
    private static TestClients clients;
    private static GogsUser carol;
    private static final AtomicInteger NAMES = new AtomicInteger();
    /** Repository name to present (true). */
    private static final Map<Object, Boolean> REPOSITORIES = new HashMap<>();

    @BeforeAll
    static void seed(GogsServer server) {
        gogs = server;
        clients = new TestClients(gogs);
        carol = gogs.createUser("carol");
        for (int i = 0; i < 40; i++) {
            String name = KEYWORD + "-" + NAMES.incrementAndGet();
            carol.createRepository(name).empty();
            REPOSITORIES.put(name, true);
        }
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void everyRepositoryThatStaysIsFoundOnce() throws Exception {
        searchWhileChanging(repos -> repos.search(KEYWORD, carol.id(), PAGE_SIZE));
    }

    @Test
    void theSearchStreamFindsEveryRepositoryThatStaysOnce() throws Exception {
        searchWhileChanging(
                repos -> repos.searchStream(KEYWORD, carol.id(), PAGE_SIZE).toList());
    }

    private static void searchWhileChanging(Function<ReposApi, List<Repository>> search) throws Exception {
        RequestCounter counter = new RequestCounter();
        ReposApi repos = clients.as(carol, counter).repos();
        int roundsWithChanges = 0;
        Churn<Boolean> writer = new Churn<>(REPOSITORIES, SearchWhileGogsChangesTest::change, 10);
        try {
            for (int round = 1; round <= MOST_ATTEMPTS && roundsWithChanges < ROUNDS; round++) {
                long start = System.nanoTime();
                Map<Object, Boolean> before = writer.snapshot();
                counter.reset();
                List<Repository> found = search.apply(repos);
                long end = System.nanoTime();
                Set<Object> changed = writer.changedBetween(start, end);
                roundsWithChanges += changed.isEmpty() ? 0 : 1;
                System.out.printf(
                        "search round %d: %d repositories in %d ms, %d requests, %d changed meanwhile%n",
                        round, found.size(), (end - start) / 1_000_000, counter.count(), changed.size());

                List<String> names = found.stream().map(Repository::name).toList();
                assertThat(names).as("repositories found twice").doesNotHaveDuplicates();
                Set<Object> missed = new TreeSet<>(before.keySet());
                missed.removeAll(changed);
                names.forEach(missed::remove);
                assertThat(missed)
                        .as("round %d: repositories there throughout the search that it missed", round)
                        .isEmpty();
            }
        } finally {
            writer.close(); // first, so that no change comes after the copy below
            REPOSITORIES.clear();
            REPOSITORIES.putAll(writer.snapshot());
        }
        assertThat(roundsWithChanges)
                .as("searches during which repositories changed")
                .isPositive();
    }

    /** Creates a matching repository or deletes one, at random (keeping about 40). */
    private static Map.Entry<Object, Boolean> change(Map<Object, Boolean> present) {
        if (present.size() < 40
                || (present.size() < 50 && ThreadLocalRandom.current().nextBoolean())) {
            String name = KEYWORD + "-" + NAMES.incrementAndGet();
            carol.createRepository(name).empty();
            return Map.entry(name, true);
        }
        List<Object> names = new ArrayList<>(present.keySet());
        Object name = names.get(ThreadLocalRandom.current().nextInt(names.size()));
        gogs.http().delete("/api/v1/repos/" + carol.name() + "/" + name, carol.token());
        return new HashMap.SimpleEntry<>(name, null);
    }
}
