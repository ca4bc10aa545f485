package io.jenkins.plugins.gogs.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.RequestListener;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating and changing issues with labels by name and milestones by title, against a real Gogs. */
@RealGogs
class WritingIssuesTest {

    private static TestClients clients;
    private static GogsServer gogs;
    private static GogsUser alice;
    private static GogsUser bob;
    private static GogsUser carol;
    private GogsRepository repo;
    private RepositoryName name;
    private GogsIssues asAlice;
    private GogsIssues asCarol;

    @BeforeAll
    static void users(GogsServer server) {
        gogs = server;
        clients = new TestClients(server);
        alice = server.createUser("alice");
        bob = server.createUser("bob");
        carol = server.createUser("carol");
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    /** A fresh repository per test: labels bug and ui, milestones v1 and v1.1; bob may write, carol only read. */
    @BeforeEach
    void repository() {
        repo = alice.createRepository("work-" + System.nanoTime()).withInitialCommit();
        repo.addCollaborator(bob, "write");
        repo.addCollaborator(carol, "read");
        repo.createLabel("bug", "#ee0701");
        repo.createLabel("ui", "#84b6eb");
        repo.createMilestone("v1");
        repo.createMilestone("v1.1");
        name = new RepositoryName(alice.name(), repo.name());
        asAlice = new GogsIssues(clients.as(alice), name, "alice-token");
        asCarol = new GogsIssues(clients.as(carol), name, "carol-token");
    }

    private JsonNode stored(long number) {
        return alice.get(repo.apiPath() + "/issues/" + number);
    }

    private List<String> storedLabels(long number) {
        return StreamSupport.stream(stored(number).path("labels").spliterator(), false)
                .map(l -> l.path("name").asText())
                .toList();
    }

    private int issueCount() {
        return alice.get(repo.apiPath() + "/issues?state=open").size()
                + alice.get(repo.apiPath() + "/issues?state=closed").size();
    }

    @Test
    void createsWithLabelsByNameMilestoneByTitleAndAssignee() {
        Map<String, Object> issue = asAlice.create(IssueDraft.titled("Crash on start")
                .withBody("Stack trace")
                .withLabels(List.of("BUG", "ui"))
                .withMilestone("V1.1")
                .withAssignee(bob.name()));

        long number = ((Integer) issue.get("number")).longValue();
        assertThat(issue)
                .containsEntry("title", "Crash on start")
                .containsEntry("body", "Stack trace")
                .containsEntry("state", "open")
                .containsEntry("milestone", "v1.1")
                .containsEntry("assignee", bob.name())
                .containsEntry("author", alice.name());
        assertThat(storedLabels(number)).containsExactlyInAnyOrder("bug", "ui");
        assertThat(stored(number).path("milestone").path("title").asText()).isEqualTo("v1.1");
        assertThat(stored(number).path("assignee").path("username").asText()).isEqualTo(bob.name());
    }

    @Test
    void createsMissingLabelsOnlyWhenAsked() {
        assertThatThrownBy(() -> asAlice.create(IssueDraft.titled("Triage me").withLabels(List.of("bug", "triage"))))
                .isInstanceOf(IssueException.class)
                .hasMessage("no label named 'triage' in " + name
                        + " (labels: bug, ui); pass createLabels: true to create missing labels");
        assertThat(issueCount()).isZero();

        Map<String, Object> issue = asAlice.create(IssueDraft.titled("Triage me")
                .withLabels(List.of("bug", "triage"))
                .creatingLabels("00FF00"));

        assertThat(storedLabels(((Integer) issue.get("number")).longValue()))
                .containsExactlyInAnyOrder("bug", "triage");
        JsonNode triage = StreamSupport.stream(
                        alice.get(repo.apiPath() + "/labels").spliterator(), false)
                .filter(l -> l.path("name").asText().equals("triage"))
                .findFirst()
                .orElseThrow();
        assertThat(triage.path("color").asText()).isEqualTo("00ff00");
    }

    @Test
    void anUnknownMilestoneCreatesNothing() {
        assertThatThrownBy(() -> asAlice.create(IssueDraft.titled("Later").withMilestone("v2")))
                .isInstanceOf(IssueException.class)
                .hasMessage("no milestone titled 'v2' in " + name + " (milestones: v1, v1.1)");
        assertThat(issueCount()).isZero();
    }

    @Test
    void aReaderAskingForLabelsGetsAnErrorInsteadOfGogsSilentlyDroppingThem() {
        assertThatThrownBy(() -> asCarol.create(IssueDraft.titled("Idea").withLabels(List.of("ui"))))
                .isInstanceOf(IssueException.class)
                .hasMessage("cannot set labels, a milestone or an assignee on a new issue in " + name
                        + ": credentials 'carol-token' has no write access there, and Gogs would silently ignore them;"
                        + " nothing was created");
        assertThat(issueCount()).isZero();

        Map<String, Object> plain = asCarol.create(IssueDraft.titled("Idea").withBody("Just text"));
        assertThat(plain).containsEntry("author", carol.name()).containsEntry("labels", List.of());
    }

    @Test
    void updatesTitleBodyStateLabelsMilestoneAndAssignee() {
        long number = (long) (Integer) asAlice.create(IssueDraft.titled("Old")
                        .withLabels(List.of("bug"))
                        .withMilestone("v1")
                        .withAssignee(bob.name()))
                .get("number");

        Map<String, Object> changed = asAlice.update(
                number,
                IssueChanges.none()
                        .withTitle("New")
                        .withBody("More")
                        .withState("closed")
                        .withLabels(List.of("ui"))
                        .withMilestone("v1.1"));

        assertThat(changed)
                .containsEntry("title", "New")
                .containsEntry("body", "More")
                .containsEntry("state", "closed")
                .containsEntry("labels", List.of("ui"))
                .containsEntry("milestone", "v1.1")
                .containsEntry("assignee", bob.name());
        assertThat(stored(number).path("state").asText()).isEqualTo("closed");
        assertThat(storedLabels(number)).containsExactly("ui");

        Map<String, Object> cleared = asAlice.update(
                number,
                IssueChanges.none()
                        .withState("OPEN")
                        .withLabels(List.of())
                        .withMilestone("")
                        .withAssignee(""));

        assertThat(cleared)
                .containsEntry("state", "open")
                .containsEntry("labels", List.of())
                .containsEntry("milestone", null)
                .containsEntry("assignee", null)
                .containsEntry("title", "New");
        assertThat(stored(number).path("milestone").isNull()).isTrue();
        assertThat(storedLabels(number)).isEmpty();
    }

    @Test
    void aPosterWithoutWriteAccessMayRetitleButNotReassign() {
        long number = (long) (Integer) asCarol.create(IssueDraft.titled("Mine")).get("number");

        assertThat(asCarol.update(number, IssueChanges.none().withTitle("Still mine")))
                .containsEntry("title", "Still mine");
        assertThatThrownBy(() -> asCarol.update(
                        number, IssueChanges.none().withTitle("X").withAssignee(bob.name())))
                .hasMessage("cannot change the assignee or milestone of issue #" + number + " in " + name
                        + ": credentials 'carol-token' has no write access there, and Gogs would silently ignore them;"
                        + " nothing was changed");
        assertThat(stored(number).path("title").asText()).isEqualTo("Still mine");
    }

    @Test
    void closesWithACommentAndReadsTheCommentsBack() {
        long number =
                (long) (Integer) asAlice.create(IssueDraft.titled("Flaky test")).get("number");
        Map<String, Object> comment = asAlice.comment(number, "Seen again in build 12");

        Map<String, Object> closed = asAlice.close(number, "Fixed by build 13");
        asAlice.update(number, IssueChanges.none().withState("open"));
        Map<String, Object> read = asAlice.get(number, true);

        assertThat(closed).containsEntry("state", "closed").containsEntry("comments", 2);
        assertThat(comment).containsEntry("author", alice.name()).containsEntry("body", "Seen again in build 12");
        assertThat((String) comment.get("url"))
                .endsWith("/" + name + "/issues/" + number + "#issuecomment-" + comment.get("id"));
        assertThat(read).containsEntry("state", "open");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> comments = (List<Map<String, Object>>) read.get("commentList");
        assertThat(comments)
                .extracting(c -> c.get("body"))
                .containsExactly("Seen again in build 12", "Fixed by build 13");
        assertThat(asAlice.get(number, false)).doesNotContainKey("commentList");
    }

    @Test
    void addsAndRemovesLabelsByName() {
        long number =
                (long) (Integer) asAlice.create(IssueDraft.titled("Labels")).get("number");

        assertThat(asAlice.addLabels(number, List.of("Bug", "blocked"), true, null))
                .containsExactlyInAnyOrder("bug", "blocked");
        assertThat(asAlice.removeLabels(number, List.of("blocked", "ui"))).containsExactly("bug");
        assertThat(storedLabels(number)).containsExactly("bug");
        assertThatThrownBy(() -> asAlice.removeLabels(number, List.of("nope")))
                .hasMessage("no label named 'nope' in " + name + " (labels: blocked, bug, ui)");
        assertThatThrownBy(() -> asCarol.addLabels(number, List.of("ui"), false, null))
                .hasMessage(
                        "could not add labels to issue #" + number + " in " + name
                                + ": credentials 'carol-token' may not do that (HTTP 403); it needs write access to the repository");
    }

    @Test
    void namesTheMissingIssueAndRejectedCredentials() {
        assertThatThrownBy(() -> asAlice.get(999, false))
                .hasMessage("no issue #999 in " + name + " (could not read issue #999)");
        assertThatThrownBy(() -> asAlice.comment(999, "hello"))
                .hasMessage("no issue #999 in " + name + " (could not comment on issue #999)");
        GogsClient revoked = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token("0".repeat(40)))
                .build();
        try {
            assertThatThrownBy(() -> new GogsIssues(revoked, name, "old-token").find(IssueQuery.open()))
                    .hasMessage(
                            "Gogs at " + gogs.url() + " did not accept credentials 'old-token' (HTTP 401): the token"
                                    + " is wrong, expired or revoked");
        } finally {
            revoked.close();
        }
    }

    @Test
    void sinceKeepsIssuesUpdatedAtOrAfterAnInstantGivenWithAnyOffset() throws InterruptedException {
        for (int i = 1; i <= 4; i++) {
            asAlice.create(IssueDraft.titled("Issue " + i));
        }
        Thread.sleep(1100); // Gogs keeps whole seconds: let the next updates fall in later seconds
        asAlice.update(2, IssueChanges.none().withBody("touched"));
        Thread.sleep(1100);
        asAlice.update(4, IssueChanges.none().withBody("touched"));
        Instant second = Instant.parse((String) asAlice.get(2, false).get("updated"));

        String inIndia = second.atOffset(ZoneOffset.ofHoursMinutes(5, 30)).toString();
        String oneSecondLaterInBrazil =
                second.plusSeconds(1).atOffset(ZoneOffset.ofHours(-3)).toString();
        assertThat(numbers(asAlice.find(IssueQuery.builder().since(inIndia).build())))
                .containsExactlyInAnyOrder(2L, 4L);
        assertThat(numbers(asAlice.find(
                        IssueQuery.builder().since(oneSecondLaterInBrazil).build())))
                .containsExactly(4L);
        String today = LocalDate.ofInstant(second, ZoneOffset.UTC).toString();
        String tomorrow =
                LocalDate.ofInstant(second, ZoneOffset.UTC).plusDays(1).toString();
        assertThat(asAlice.find(IssueQuery.builder().since(today).build())).hasSize(4);
        assertThat(asAlice.find(IssueQuery.builder().since(tomorrow).build())).isEmpty();
    }

    @Test
    void parallelCreatesInOneRepositoryAllSucceedDespiteGogsNumberRace() throws Exception {
        int parallel = 6;
        List<Thread> threads = new ArrayList<>();
        List<Object> results = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger collisions = new AtomicInteger();
        RequestListener serverErrors = event -> {
            if (event.status() == 500) {
                collisions.incrementAndGet();
            }
        };
        GogsIssues shared = new GogsIssues(clients.as(alice, serverErrors), name, "alice-token");
        for (int i = 1; i <= parallel; i++) {
            String title = "Parallel " + i;
            threads.add(new Thread(() -> {
                try {
                    start.await();
                    results.add(shared.create(IssueDraft.titled(title)).get("number"));
                } catch (Exception | Error e) {
                    results.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }

        assertThat(results)
                .hasSize(parallel)
                .allMatch(Integer.class::isInstance)
                .doesNotHaveDuplicates();
        assertThat(issueCount()).isEqualTo(parallel);
        Logger.getLogger(getClass().getName())
                .info(() -> parallel + " parallel creates met " + collisions.get()
                        + " number collisions (HTTP 500), all retried");
    }

    private static List<Long> numbers(List<Map<String, Object>> issues) {
        return issues.stream().map(i -> ((Integer) i.get("number")).longValue()).toList();
    }
}
