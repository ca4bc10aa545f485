package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.model.Comment;
import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.client.model.IssueEdit;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.client.model.Milestone;
import io.jenkins.plugins.gogs.client.model.NewIssue;
import io.jenkins.plugins.gogs.client.model.NewLabel;
import io.jenkins.plugins.gogs.client.model.NewMilestone;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Creating and changing issues, comments, labels and milestones. */
@RealGogs
class IssueWritingTest {

    private static TestClients clients;
    private static GogsUser alice;
    private static GogsUser bob;
    private static GogsRepository repo;
    private static RepoApi api;

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new TestClients(gogs);
        alice = gogs.createUser("alice");
        bob = gogs.createUser("bob");
        repo = alice.createRepository("work").withInitialCommit();
        repo.addCollaborator(bob, "read");
        api = clients.as(alice).repo(alice.name(), repo.name());
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void createsAnIssueWithLabelsMilestoneAndAssignee() {
        Label bug = api.labels().create(new NewLabel("bug-" + System.nanoTime(), "EE0701"));
        Milestone m1 = api.milestones().create(new NewMilestone("m1-" + System.nanoTime(), "first", null));

        Issue created = api.issues()
                .create(NewIssue.titled("Crash on start")
                        .withBody("Stack trace ...")
                        .withLabels(List.of(bug.id()))
                        .withMilestone(m1.id())
                        .withAssignee(alice.name()));

        Issue read = api.issues().get(created.number());
        assertThat(read.title()).isEqualTo("Crash on start");
        assertThat(read.body()).isEqualTo("Stack trace ...");
        assertThat(read.labels()).extracting(Label::name).containsExactly(bug.name());
        assertThat(read.milestone().title()).isEqualTo(m1.title());
        assertThat(read.assignee().username()).isEqualTo(alice.name());
        assertThat(read.user().username()).isEqualTo(alice.name());
        assertThat(read.isOpen()).isTrue();
        assertThat(read.createdAt()).isNotNull();
    }

    @Test
    void editsTitleBodyStateAssigneeAndMilestone() {
        Milestone m2 = api.milestones().create(new NewMilestone("m2-" + System.nanoTime(), null, null));
        long number = api.issues().create(NewIssue.titled("Typo")).number();

        Issue edited = api.issues()
                .edit(
                        number,
                        IssueEdit.change()
                                .withTitle("Typo in README")
                                .withBody("line 3")
                                .withAssignee(bob.name())
                                .withMilestone(m2.id())
                                .closed());

        assertThat(edited.title()).isEqualTo("Typo in README");
        assertThat(edited.body()).isEqualTo("line 3");
        assertThat(edited.assignee().username()).isEqualTo(bob.name());
        assertThat(edited.milestone().id()).isEqualTo(m2.id());
        assertThat(edited.isOpen()).isFalse();

        Issue reopened = api.issues()
                .edit(
                        number,
                        IssueEdit.change().withAssignee("").withMilestone(0).reopened());
        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.assignee()).isNull();
        assertThat(reopened.milestone()).isNull();
        assertThat(reopened.title()).as("unchanged").isEqualTo("Typo in README");
    }

    @Test
    void anUnknownAssigneeIsAnInvalidRequestNamingIt() {
        long number = api.issues().create(NewIssue.titled("Who?")).number();

        assertThatThrownBy(() -> api.issues().edit(number, IssueEdit.change().withAssignee("no-such-user")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no-such-user");
    }

    @Test
    void aReaderCannotEditSomeoneElsesIssue() {
        long number = api.issues().create(NewIssue.titled("Mine")).number();
        RepoApi asBob = clients.as(bob).repo(alice.name(), repo.name());

        assertThatThrownBy(() -> asBob.issues().edit(number, IssueEdit.change().withTitle("Bob's now")))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("PATCH /api/v1/repos/" + repo.fullName() + "/issues/" + number)
                .hasMessageContaining("403");
    }

    @Test
    void aMissingIssueIsNotFoundOrNoAccess() {
        assertThatThrownBy(() -> api.issues().get(999_999)).isInstanceOf(NotFoundOrNoAccessException.class);
    }

    @Test
    void createsListsEditsAndDeletesComments() {
        long number = api.issues().create(NewIssue.titled("Discuss")).number();
        OffsetDateTime before = OffsetDateTime.now().minusMinutes(1);

        Comment first = api.comments().create(number, "First!");
        Comment second =
                clients.as(bob).repo(alice.name(), repo.name()).comments().create(number, "Second");
        Comment edited = api.comments().edit(first.id(), "First, edited");
        api.comments().delete(number, second.id());

        assertThat(edited.body()).isEqualTo("First, edited");
        assertThat(api.comments().list(number))
                .extracting(Comment::id, Comment::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), "First, edited"));
        assertThat(api.comments().listAll(before)).extracting(Comment::id).contains(first.id());
        assertThat(api.comments().listAll(OffsetDateTime.now().plusHours(1))).isEmpty();
    }

    @Test
    void aReaderCannotDeleteSomeoneElsesComment() {
        long number = api.issues().create(NewIssue.titled("Keep")).number();
        Comment comment = api.comments().create(number, "Alice's");

        assertThatThrownBy(() -> clients.as(bob)
                        .repo(alice.name(), repo.name())
                        .comments()
                        .delete(number, comment.id()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void addsReplacesRemovesAndClearsAnIssuesLabels() {
        Label a = api.labels().create(new NewLabel("a-" + System.nanoTime(), "#00aabb"));
        Label b = api.labels().create(new NewLabel("b-" + System.nanoTime(), "#112233"));
        Label c = api.labels().create(new NewLabel("c-" + System.nanoTime(), "#445566"));
        long number = api.issues().create(NewIssue.titled("Labelled")).number();

        assertThat(api.labels().list()).extracting(Label::id).contains(a.id(), b.id(), c.id());
        assertThat(a.color()).isEqualTo("00aabb");
        assertThat(api.labels().addToIssue(number, List.of(a.id(), b.id())))
                .extracting(Label::id)
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(api.labels().replaceOnIssue(number, List.of(c.id())))
                .extracting(Label::id)
                .containsExactly(c.id());
        api.labels().addToIssue(number, List.of(a.id()));
        api.labels().removeFromIssue(number, c.id());
        assertThat(api.labels().ofIssue(number)).extracting(Label::id).containsExactly(a.id());
        api.labels().clearOnIssue(number);
        assertThat(api.labels().ofIssue(number)).isEmpty();
    }

    @Test
    void aReaderCannotLabelIssues() {
        long number = api.issues().create(NewIssue.titled("No labels for Bob")).number();
        Label label = api.labels().create(new NewLabel("x-" + System.nanoTime(), "#000000"));

        assertThatThrownBy(() -> clients.as(bob)
                        .repo(alice.name(), repo.name())
                        .labels()
                        .addToIssue(number, List.of(label.id())))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void createsListsAndReadsMilestonesWithDueDates() {
        OffsetDateTime due = OffsetDateTime.of(2031, 3, 4, 12, 0, 0, 0, ZoneOffset.ofHours(2));
        Milestone created = api.milestones().create(new NewMilestone("v9-" + System.nanoTime(), "the big one", due));

        Milestone read = api.milestones().get(created.id());

        assertThat(read.title()).isEqualTo(created.title());
        assertThat(read.description()).isEqualTo("the big one");
        assertThat(read.state()).isEqualTo("open");
        assertThat(read.dueOn()).isNotNull();
        assertThat(read.dueOn().toLocalDate())
                .isEqualTo(due.withOffsetSameInstant(read.dueOn().getOffset()).toLocalDate());
        assertThat(api.milestones().list()).extracting(Milestone::id).contains(created.id());
    }
}
