package io.jenkins.plugins.gogs.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RequestCounter;
import io.jenkins.plugins.gogs.events.IssueCommentEvent;
import io.jenkins.plugins.gogs.fixture.GogsOrganization;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.MutableClock;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code jenkins rebuild} in real {@code issue_comment} deliveries of Gogs 0.14.3, verified with the hook's secret:
 * accepted from those who may write to the repository, ignored from everyone else and for anything that is not a new
 * comment of exactly the phrase on an open pull request.
 */
@RealGogs
class RebuildRequestsTest extends FeedbackOnRealGogs {

    @Test
    void theOwnerAndWritersMayAskForARebuildReadersAndStrangersMayNot(WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsUser writer = gogs.createUser("writer");
        GogsUser reader = gogs.createUser("reader");
        GogsUser stranger = gogs.createUser("stranger");
        GogsRepository repo = alice.createRepository("rebuild").publicRepo().withInitialCommit();
        repo.addCollaborator(writer, "write");
        repo.addCollaborator(reader, "read");
        GogsPullRequest pr = pullRequestFromTopic(repo);
        CommentDeliveries.hook(repo, hooks);
        RebuildRequests.AccessCheck access = access(clients.as(alice));

        for (GogsUser user : new GogsUser[] {alice, writer, reader, stranger}) {
            repo.comment(pr.number(), "Jenkins rebuild", user);
        }

        assertThat(decide(hooks, writer, access))
                .isEqualTo(new RebuildDecision.Rebuild(
                        repo.owner(),
                        repo.name(),
                        pr.number(),
                        writer.name(),
                        writer.name() + " is a collaborator with write access to " + repo.fullName()));
        assertThat(decide(hooks, alice, access))
                .isInstanceOfSatisfying(
                        RebuildDecision.Rebuild.class, r -> assertThat(r.why()).isEqualTo(alice + " owns " + repo));
        assertThat(decide(hooks, reader, access))
                .isInstanceOfSatisfying(
                        RebuildDecision.Ignore.class,
                        i -> assertThat(i.why()).startsWith(reader + " is neither a collaborator with write access"));
        assertThat(decide(hooks, stranger, access)).isInstanceOf(RebuildDecision.Ignore.class);
    }

    @Test
    void onlyANewCommentThatIsThePhraseOnAnOpenPullRequestCounts(WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("phrase").withInitialCommit();
        GogsPullRequest pr = pullRequestFromTopic(repo);
        long issue = repo.createIssues(1).get(0);
        CommentDeliveries.hook(repo, hooks);
        RebuildRequests.AccessCheck access = access(clients.as(alice));

        repo.comment(issue, "jenkins rebuild", alice);
        IssueCommentEvent onIssue = CommentDeliveries.event(gogs, CommentDeliveries.await(hooks, alice, "created"));
        repo.comment(pr.number(), "please jenkins rebuild", alice);
        IssueCommentEvent sentence = CommentDeliveries.event(
                gogs,
                hooks.await(
                        d -> d.bodyAsString().contains("please jenkins rebuild"),
                        Duration.ofSeconds(30),
                        "the sentence"));
        JsonNode posted = gogs.http()
                .post(repo.apiPath() + "/issues/" + pr.number() + "/comments", Map.of("body", "wip"), alice.token());
        gogs.http()
                .patch(
                        repo.apiPath() + "/issues/comments/" + posted.path("id").asLong(),
                        Map.of("body", "jenkins rebuild"),
                        alice.token());
        IssueCommentEvent edited = CommentDeliveries.event(gogs, CommentDeliveries.await(hooks, alice, "edited"));
        repo.closeIssue(pr.number());
        repo.comment(pr.number(), "JENKINS REBUILD", alice);
        IssueCommentEvent onClosed = CommentDeliveries.event(
                gogs,
                hooks.await(
                        d -> d.bodyAsString().contains("JENKINS REBUILD"), Duration.ofSeconds(30), "the closed one"));

        assertThat(onIssue.issue().isPullRequest()).isFalse();
        assertThat(RebuildRequests.decide(onIssue, true, null, access))
                .isEqualTo(ignore("the comment is on an issue, not a pull request"));
        assertThat(RebuildRequests.decide(sentence, true, null, access))
                .isEqualTo(ignore("the comment is not the rebuild phrase"));
        assertThat(RebuildRequests.decide(sentence, true, "please jenkins rebuild", access))
                .as("a configured phrase")
                .isInstanceOf(RebuildDecision.Rebuild.class);
        assertThat(RebuildRequests.decide(edited, true, null, access))
                .isEqualTo(ignore("a comment was edited, not created"));
        assertThat(RebuildRequests.decide(onClosed, true, null, access))
                .isEqualTo(ignore("pull request #" + pr.number() + " is not open"));
        assertThat(RebuildRequests.decide(sentence, false, "please jenkins rebuild", access))
                .isInstanceOfSatisfying(
                        RebuildDecision.Ignore.class, i -> assertThat(i.why()).contains("not signed"));
    }

    @Test
    void ownersOfTheOrganizationAreWritersWhenTheTokenMaySeeTheOwnersTeam(WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsUser erin = gogs.createUser("erin");
        GogsOrganization acme = gogs.createOrganization("acme", alice);
        addToOwners(acme, erin);
        GogsRepository repo = acme.createRepository("tools").withInitialCommit();
        GogsPullRequest pr = pullRequestFromTopic(repo);
        CommentDeliveries.hook(repo, hooks);

        repo.comment(pr.number(), "jenkins rebuild", erin);
        IssueCommentEvent event = CommentDeliveries.event(gogs, CommentDeliveries.await(hooks, erin, "created"));

        assertThat(RebuildRequests.decide(event, true, null, access(clients.as(gogs.admin()))))
                .isInstanceOfSatisfying(
                        RebuildDecision.Rebuild.class,
                        r -> assertThat(r.why()).isEqualTo(erin + " is an owner of the organization " + acme));
        assertThat(RebuildRequests.decide(event, true, null, access(clients.as(alice))))
                .as("an organization owner who is no site admin cannot see the Owners team's members")
                .isInstanceOfSatisfying(
                        RebuildDecision.Ignore.class,
                        i -> assertThat(i.why())
                                .contains("they may not list the owners of " + acme + ", which needs a site admin"));
    }

    @Test
    void answersAreReusedForAWhile() {
        GogsUser alice = gogs.createUser("alice");
        GogsUser writer = gogs.createUser("writer");
        GogsRepository repo = alice.createRepository("cached").withInitialCommit();
        RequestCounter requests = new RequestCounter();
        GogsClient client = clients.as(alice, requests);
        MutableClock clock = new MutableClock();
        WriteAccess access = new WriteAccess(Duration.ofMinutes(5), clock);

        WriteAccess.Answer first = access.check(client, repo.owner(), repo.name(), writer.name());
        long asked = requests.reset();
        repo.addCollaborator(writer, "write");
        WriteAccess.Answer cached =
                access.check(client, repo.owner(), repo.name(), writer.name().toUpperCase());
        long askedAgain = requests.reset();
        clock.advance(Duration.ofMinutes(6));
        WriteAccess.Answer fresh = access.check(client, repo.owner(), repo.name(), writer.name());

        assertThat(first.writer()).isFalse();
        assertThat(asked).isPositive();
        assertThat(cached).isEqualTo(first);
        assertThat(askedAgain).isZero();
        assertThat(fresh.writer()).isTrue();
    }

    private static RebuildDecision decide(WebhookReceiver hooks, GogsUser author, RebuildRequests.AccessCheck access) {
        IssueCommentEvent event = CommentDeliveries.event(gogs, CommentDeliveries.await(hooks, author, "created"));
        return RebuildRequests.decide(event, true, RebuildPhrase.DEFAULT, access);
    }

    private static RebuildRequests.AccessCheck access(GogsClient client) {
        WriteAccess access = new WriteAccess();
        return (owner, repository, user) -> access.check(client, owner, repository, user);
    }

    private static RebuildDecision.Ignore ignore(String why) {
        return new RebuildDecision.Ignore(why);
    }

    /** Puts the user in the organization's Owners team (site admin API). */
    private static void addToOwners(GogsOrganization org, GogsUser user) {
        String adminToken = gogs.admin().token();
        for (JsonNode team : gogs.http().get("/api/v1/orgs/" + org.name() + "/teams", adminToken)) {
            if ("owner".equals(team.path("permission").asText())) {
                gogs.http()
                        .put(
                                "/api/v1/admin/teams/" + team.path("id").asLong() + "/members/" + user.name(),
                                null,
                                adminToken);
                return;
            }
        }
        throw new IllegalStateException(org + " has no Owners team");
    }
}
