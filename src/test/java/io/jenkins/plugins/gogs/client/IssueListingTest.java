package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue lists across many pages (Gogs serves 10 a page), by state, eagerly and lazily. */
@RealGogs
class IssueListingTest {

    private static TestClients clients;
    private static GogsUser alice;
    private static GogsRepository repo;
    private static final Set<Long> OPEN = new TreeSet<>();
    private static final Set<Long> CLOSED = new TreeSet<>();
    private static long pullRequest;

    /** 47 issues, 36 of them closed (4 pages), 11 open (2 pages), the states interleaved; and one pull request. */
    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new TestClients(gogs);
        alice = gogs.createUser("alice");
        repo = alice.createRepository("tracker").withInitialCommit();
        for (long number : repo.createIssues(47)) {
            if (number % 4 == 0) {
                OPEN.add(number);
            } else {
                repo.closeIssue(number);
                CLOSED.add(number);
            }
        }
        repo.pushBranch("feature/pr");
        GogsPullRequest pr = repo.openPullRequest("master", "feature/pr");
        pullRequest = pr.number();
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    private static final Comparator<Issue> NEWEST_FIRST =
            Comparator.comparing(Issue::createdAt, Comparator.reverseOrder());

    @Test
    void listsAllClosedIssuesAcrossMoreThanThreePagesWithOneRequestPerPageAndOneForTheChangeLog() {
        RequestCounter counter = new RequestCounter();
        List<Issue> closed = clients.as(alice, counter)
                .repo(alice.name(), repo.name())
                .issues()
                .list(IssueState.CLOSED);

        assertThat(closed).extracting(Issue::number).containsExactlyInAnyOrderElementsOf(CLOSED);
        assertThat(closed)
                .allSatisfy(issue -> assertThat(issue.isOpen()).isFalse())
                .isSortedAccordingTo(NEWEST_FIRST);
        // 36 closed issues, 10 per page, and the comments showing nothing was closed or reopened meanwhile; when the
        // last change is seconds old (the seeding), its whole-second stamp cannot tell, and the pages are read once
        // more between two looks at the comments (docs/client.md)
        assertThat(counter.count()).isIn(4L + 1, 4L + 1 + 4 + 1);
    }

    @Test
    void listsOpenIssuesWithoutPullRequests() {
        List<Issue> open =
                clients.as(alice).repo(alice.name(), repo.name()).issues().list(IssueState.OPEN);

        assertThat(open)
                .extracting(Issue::number)
                .containsExactlyInAnyOrderElementsOf(OPEN)
                .doesNotContain(pullRequest);
        assertThat(open).isSortedAccordingTo(NEWEST_FIRST);
    }

    @Test
    void listsAllStatesMergedNewestFirstWithoutDuplicates() {
        List<Issue> all =
                clients.as(alice).repo(alice.name(), repo.name()).issues().list(IssueState.ALL);

        assertThat(all).hasSize(OPEN.size() + CLOSED.size()).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(all)
                .extracting(Issue::number)
                .doesNotHaveDuplicates()
                .containsAll(OPEN)
                .containsAll(CLOSED);
    }

    @Test
    void streamsPageByPageAndStopsWhenTheCallerHasEnough() {
        RequestCounter counter = new RequestCounter();
        IssuesApi issues =
                clients.as(alice, counter).repo(alice.name(), repo.name()).issues();

        List<Issue> firstThree = issues.stream(IssueState.CLOSED).limit(3).toList();
        assertThat(firstThree).hasSize(3).extracting(Issue::number).isSubsetOf(CLOSED);
        assertThat(counter.reset()).as("requests for the first three").isEqualTo(1);

        List<Issue> twelve = issues.stream(IssueState.CLOSED).limit(12).toList();
        assertThat(twelve).hasSize(12);
        assertThat(counter.reset()).as("requests for twelve").isEqualTo(2);
    }

    @Test
    void streamsAllStatesLikeTheList() {
        IssuesApi issues = clients.as(alice).repo(alice.name(), repo.name()).issues();

        List<Issue> streamed = issues.stream(IssueState.ALL).toList();

        assertThat(streamed)
                .isSortedAccordingTo(NEWEST_FIRST)
                .extracting(Issue::number)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        issues.list(IssueState.ALL).stream().map(Issue::number).toList());
    }

    @Test
    void readsAPullRequestByNumberAsAnIssueMarkedAsPullRequest() {
        Issue pr = clients.as(alice).repo(alice.name(), repo.name()).issues().get(pullRequest);

        assertThat(pr.isPullRequest()).isTrue();
        assertThat(pr.pullRequest().merged()).isFalse();
        assertThat(pr.title()).contains("feature/pr");
    }
}
