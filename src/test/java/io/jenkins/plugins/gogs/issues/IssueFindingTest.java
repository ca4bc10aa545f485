package io.jenkins.plugins.gogs.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.RequestCounter;
import io.jenkins.plugins.gogs.fixture.GogsIssue;
import io.jenkins.plugins.gogs.fixture.GogsLabel;
import io.jenkins.plugins.gogs.fixture.GogsMilestone;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.IssueRequest;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * gogsIssues' filters over a real Gogs: 48 issues with mixed labels, milestones, assignees, authors and states
 * (36 open = 4 pages, 12 closed = 2 pages); the expected sets come from the seeding rules below.
 */
@RealGogs
class IssueFindingTest {

    /** What the seeding gave issue {@code i} (its number). */
    record Seed(
            long number,
            boolean bug,
            boolean feature,
            boolean ui,
            String milestone,
            boolean bob,
            boolean carol,
            boolean closed,
            boolean crash) {

        static Seed of(int i) {
            return new Seed(
                    i,
                    i % 2 == 0,
                    i % 3 == 0,
                    i % 5 == 0,
                    i % 3 == 1 ? "v1" : i % 3 == 2 ? "v1.1" : null,
                    i % 6 == 0,
                    i % 7 == 0,
                    i % 4 == 0,
                    i % 11 == 0 || i % 9 == 0);
        }
    }

    private static final int ISSUES = 48;
    private static final List<Seed> SEEDS = new ArrayList<>();
    private static TestClients clients;
    private static GogsUser alice;
    private static GogsUser bob;
    private static GogsUser carol;
    private static GogsRepository repo;
    private static RepositoryName name;

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new TestClients(gogs);
        alice = gogs.createUser("alice");
        bob = gogs.createUser("bob");
        carol = gogs.createUser("carol");
        repo = alice.createRepository("tracker").withInitialCommit();
        repo.addCollaborator(bob, "write");
        name = new RepositoryName(alice.name(), repo.name());
        GogsLabel bug = repo.createLabel("bug", "#ee0701");
        GogsLabel feature = repo.createLabel("feature", "#84b6eb");
        GogsLabel ui = repo.createLabel("UI", "#cccccc");
        Map<String, GogsMilestone> milestones =
                Map.of("v1", repo.createMilestone("v1"), "v1.1", repo.createMilestone("v1.1"));
        for (int i = 1; i <= ISSUES; i++) {
            Seed seed = Seed.of(i);
            IssueRequest request = repo.createIssue(i % 11 == 0 ? "Crash in issue " + i : "Issue " + i)
                    .withBody(i % 9 == 0 ? "Stack trace shows a CRASH in module " + i : "Details of " + i);
            if (seed.bug()) {
                request.withLabels(bug);
            }
            if (seed.feature()) {
                request.withLabels(feature);
            }
            if (seed.ui()) {
                request.withLabels(ui);
            }
            if (seed.milestone() != null) {
                request.withMilestone(milestones.get(seed.milestone()));
            }
            if (seed.bob()) {
                request.assignedTo(bob);
            }
            if (seed.carol()) {
                request.by(carol);
            }
            GogsIssue issue = seed.closed() ? request.closed() : request.open();
            assertThat(issue.number()).isEqualTo(i);
            SEEDS.add(seed);
        }
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    private static GogsIssues issues(RequestCounter counter) {
        return new GogsIssues(clients.as(alice, counter), name, "gogs-token");
    }

    private static List<Map<String, Object>> find(Map<String, ?> filters) {
        return issues(new RequestCounter()).find(IssueQuery.fromMap(filters));
    }

    private static List<Long> numbers(List<Map<String, Object>> issues) {
        return issues.stream().map(i -> ((Integer) i.get("number")).longValue()).toList();
    }

    /** The seeded issues matching, newest first (numbers grow with creation time). */
    private static List<Long> expected(Predicate<Seed> matching) {
        return SEEDS.stream()
                .filter(matching)
                .map(Seed::number)
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void openIssuesWithALabelAcrossFourPagesFetchedInFourRequestsAndTheChangeCheck() {
        RequestCounter counter = new RequestCounter();
        List<Map<String, Object>> found = issues(counter).find(IssueQuery.fromMap(Map.of("labels", List.of("bug"))));

        assertThat(numbers(found)).containsExactlyInAnyOrderElementsOf(expected(s -> s.bug() && !s.closed()));
        // 36 open issues: 4 pages; then a look at what changed meanwhile (page 1 again, the repository, the
        // comments); when the last change is seconds old (the seeding), the pages once more and another look
        assertThat(counter.count()).isIn(4L + 3, 4L + 3 + 4 + 3);
        assertThat(found).allSatisfy(issue -> {
            assertThat(issue.get("state")).isEqualTo("open");
            assertThat((List<Object>) issue.get("labels")).contains("bug");
        });
    }

    @Test
    void stateAllCombinesOpenAndClosedOnceEachNewestFirstAndEveryLabelMustMatchIgnoringCase() {
        List<Map<String, Object>> found = find(Map.of("state", "all", "labels", List.of("BUG", "ui")));

        assertThat(numbers(found))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected(s -> s.bug() && s.ui()));
        assertThat(found).extracting(i -> (String) i.get("created")).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(found).extracting(i -> i.get("state")).contains("open", "closed");
    }

    @Test
    void stateAllWithoutFiltersIsEveryIssueOnce() {
        assertThat(numbers(find(Map.of("state", "all"))))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected(s -> true));
    }

    @Test
    void closedIssuesOfAMilestoneByTitleIgnoringCase() {
        List<Map<String, Object>> found = find(Map.of("state", "closed", "milestone", "V1"));

        assertThat(numbers(found))
                .containsExactlyInAnyOrderElementsOf(expected(s -> s.closed() && "v1".equals(s.milestone())));
        assertThat(found).extracting(i -> i.get("milestone")).containsOnly("v1");
    }

    @Test
    void assigneeAndAuthorByUserNameIgnoringCase() {
        List<Map<String, Object>> assigned =
                find(Map.of("state", "all", "assignee", bob.name().toUpperCase(Locale.ROOT)));
        assertThat(numbers(assigned)).containsExactlyInAnyOrderElementsOf(expected(Seed::bob));
        assertThat(assigned).extracting(i -> i.get("assignee")).containsOnly(bob.name());

        List<Map<String, Object>> byCarol = find(Map.of("author", carol.name()));
        assertThat(numbers(byCarol)).containsExactlyInAnyOrderElementsOf(expected(s -> s.carol() && !s.closed()));
        assertThat(byCarol).extracting(i -> i.get("author")).containsOnly(carol.name());
    }

    @Test
    void searchFindsTextInTitleOrBodyIgnoringCase() {
        List<Map<String, Object>> found = find(Map.of("state", "all", "search", "crash"));

        assertThat(numbers(found)).containsExactlyInAnyOrderElementsOf(expected(Seed::crash));
    }

    @Test
    void filtersCombineAndAnEmptyResultForExistingNamesIsNoError() {
        assertThat(numbers(find(Map.of("state", "all", "labels", "bug", "assignee", bob.name()))))
                .containsExactlyInAnyOrderElementsOf(expected(s -> s.bug() && s.bob()));
        assertThat(find(Map.of("state", "all", "labels", "feature", "milestone", "v1")))
                .isEmpty();
    }

    @Test
    void limitStopsReadingPagesOnceEnoughIssuesMatched() {
        RequestCounter counter = new RequestCounter();
        List<Map<String, Object>> three = issues(counter).find(IssueQuery.fromMap(Map.of("limit", 3)));
        assertThat(counter.count()).isEqualTo(1);
        assertThat(numbers(three))
                .containsExactlyElementsOf(numbers(find(Map.of())).subList(0, 3));

        counter.reset();
        List<Map<String, Object>> someUi = issues(counter).find(IssueQuery.fromMap(Map.of("labels", "ui", "limit", 4)));
        List<Long> allUi = numbers(find(Map.of("labels", "ui")));
        assertThat(numbers(someUi)).containsExactlyElementsOf(allUi.subList(0, 4));
        assertThat(counter.count()).isBetween(1L, 3L); // the open listing has 4 pages

        counter.reset();
        List<Map<String, Object>> allStates =
                issues(counter).find(IssueQuery.fromMap(Map.of("state", "all", "limit", 2)));
        assertThat(numbers(allStates))
                .containsExactlyElementsOf(numbers(find(Map.of("state", "all"))).subList(0, 2));
        assertThat(counter.count()).isEqualTo(2); // the first page of each listing
    }

    @Test
    void anUnknownLabelOrMilestoneInAFilterIsAnErrorNotAnEmptyList() {
        assertThatThrownBy(() -> find(Map.of("labels", List.of("bug", "bgu"))))
                .isInstanceOf(IssueException.class)
                .hasMessage("no label named 'bgu' in " + name + " (labels: UI, bug, feature)");
        assertThatThrownBy(() -> find(Map.of("milestone", "v2")))
                .isInstanceOf(IssueException.class)
                .hasMessage("no milestone titled 'v2' in " + name + " (milestones: v1, v1.1)");
    }

    @Test
    void theMapsHoldPlainValuesAndTheWebUrl(GogsServer gogs) {
        Map<String, Object> issue =
                find(Map.of("state", "all", "search", "Crash in issue 44")).get(0);

        assertThat(issue)
                .containsEntry("number", 44)
                .containsEntry("title", "Crash in issue 44")
                .containsEntry("state", "closed")
                .containsEntry("milestone", "v1.1")
                .containsEntry("assignee", null)
                .containsEntry("author", alice.name())
                .containsEntry("comments", 0)
                .containsEntry("pullRequest", false)
                .containsEntry("url", gogs.url().replaceAll("/$", "") + "/" + name + "/issues/44");
        assertThat(issue.get("labels")).isEqualTo(List.of("bug"));
        assertThat((String) issue.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(issue.keySet())
                .containsExactly(
                        "number",
                        "title",
                        "body",
                        "state",
                        "labels",
                        "milestone",
                        "assignee",
                        "author",
                        "comments",
                        "created",
                        "updated",
                        "url",
                        "pullRequest");
    }

    @Test
    void theResultSurvivesJavaSerializationAsPipelinesNeedAndHoldsOnlyJdkTypes() throws Exception {
        List<Map<String, Object>> found = find(Map.of("state", "all", "labels", "bug", "limit", 5));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(found);
        }
        Object copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = in.readObject();
        }

        assertThat(copy).isEqualTo(found);
        assertThat(found)
                .hasSize(5)
                .allSatisfy(issue -> assertThat(issue.values())
                        .allSatisfy(v -> assertThat(
                                        v == null || v.getClass().getName().startsWith("java."))
                                .isTrue()));
    }

    @Test
    void aMissingOrInvisibleRepositoryIsNamedWithTheCredentials(GogsServer gogs) {
        GogsUser dave = gogs.createUser("dave");
        GogsRepository secret = dave.createRepository("secret").privateRepo().withInitialCommit();
        RepositoryName invisible = new RepositoryName(dave.name(), secret.name());
        RepositoryName missing = new RepositoryName(alice.name(), "nope");

        assertThatThrownBy(() -> new GogsIssues(clients.as(alice), invisible, "gogs-token").find(IssueQuery.open()))
                .isInstanceOf(IssueException.class)
                .hasMessage("repository " + invisible + " not found or no access with credentials 'gogs-token'");
        assertThatThrownBy(() -> new GogsIssues(clients.as(alice), missing, "gogs-token").find(IssueQuery.open()))
                .hasMessage("repository " + missing + " not found or no access with credentials 'gogs-token'");
        assertThatThrownBy(() -> new GogsIssues(clients.anonymous(), invisible, null).find(IssueQuery.open()))
                .hasMessage("could not list the issues in " + invisible + " without credentials: Gogs at " + gogs.url()
                        + " asks to sign in (the repository is private or missing, or the server requires sign-in);"
                        + " pass credentialsId or set credentials on the Gogs server in Jenkins");
    }

    @Test
    void aDisabledIssueTrackerIsSaidSo(GogsServer gogs) {
        GogsRepository quiet = alice.createRepository("no-issues").withInitialCommit();
        gogs.http().patch(quiet.apiPath() + "/issue-tracker", Map.of("enable_issues", false), alice.token());
        RepositoryName quietName = new RepositoryName(alice.name(), quiet.name());

        assertThatThrownBy(() -> new GogsIssues(clients.as(alice), quietName, "gogs-token").find(IssueQuery.open()))
                .hasMessage(
                        "could not list the issues in " + quietName + ": its issue tracker is disabled or external");
    }
}
