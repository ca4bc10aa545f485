package io.jenkins.plugins.gogs.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.RequestCounter;
import io.jenkins.plugins.gogs.client.RetryPolicy;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One report to a pull request of a real Gogs: comment and label together, the label following the comment's
 * current builds, and a failure of either told in one line without an exception.
 */
@RealGogs
class PullRequestFeedbackTest extends FeedbackOnRealGogs {

    private static final PullRequestFeedback.Options BOTH =
            new PullRequestFeedback.Options(true, LabelScheme.defaults());

    @Test
    void aReportWritesTheCommentAndTheLabelAndSaysSoInOneLine() {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("both").withInitialCommit();
        GogsPullRequest pr = pullRequestFromTopic(repo);
        GogsClient client = clients.as(alice);

        PullRequestFeedback.Outcome started =
                report(client, repo, pr, alice, CommentMemory.none(), running("PR-1-head", 1));
        PullRequestFeedback.Outcome headPassed = report(
                client, repo, pr, alice, started.memory(), finished("PR-1-head", 1, BuildStatus.SUCCESS, "a", 10));
        PullRequestFeedback.Outcome mergeFailed = report(
                client, repo, pr, alice, headPassed.memory(), finished("PR-1-merge", 1, BuildStatus.FAILURE, "a", 20));

        long commentId = started.memory().commentId();
        assertThat(started.failed()).isFalse();
        assertThat(started.line())
                .isEqualTo("Gogs: pull request #" + pr.number() + ": comment " + commentId
                        + " created, label \"build: running\" set");
        assertThat(headPassed.line()).contains("comment " + commentId + " updated", "label \"build: passing\" set");
        assertThat(mergeFailed.line())
                .as("two jobs built the commit: one failure fails the pull request")
                .contains("label \"build: failing\" set");
        assertThat(client.repo(repo.owner(), repo.name()).labels().ofIssue(pr.number()))
                .extracting(Label::name)
                .containsExactly("build: failing");
    }

    @Test
    void aReportCostsFourRequestsAndTwoMoreWhenTheLabelMoves() {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("requests").withInitialCommit();
        GogsPullRequest pr = pullRequestFromTopic(repo);
        RequestCounter requests = new RequestCounter();
        GogsClient client = clients.as(alice, requests);
        PullRequestFeedback.Outcome first = report(client, repo, pr, alice, CommentMemory.none(), running("PR-1", 1));
        long firstReport = requests.reset();

        PullRequestFeedback.Outcome passed =
                report(client, repo, pr, alice, first.memory(), finished("PR-1", 1, BuildStatus.SUCCESS, "a", 1));
        long labelMoved = requests.reset();
        report(client, repo, pr, alice, passed.memory(), finished("PR-1", 1, BuildStatus.SUCCESS, "a", 1));
        long nothingMoved = requests.reset();

        assertThat(firstReport)
                .as(
                        "list and create the comment; list, create (and read back) the label; list and add to the pull request")
                .isEqualTo(7);
        assertThat(labelMoved)
                .as(
                        "list and edit the comment; list the labels, create the new one, read it back, list the pull request's,"
                                + " remove the old, add the new")
                .isEqualTo(8);
        assertThat(nothingMoved)
                .as("list and edit the comment; list both label sets")
                .isEqualTo(4);
    }

    @Test
    void aTokenThatMayCommentButNotLabelStillCommentsAndSaysWhatIsMissing() {
        GogsUser alice = gogs.createUser("alice");
        GogsUser reader = gogs.createUser("reader");
        GogsRepository repo = alice.createRepository("readonly").publicRepo().withInitialCommit();
        GogsPullRequest pr = pullRequestFromTopic(repo);

        PullRequestFeedback.Outcome outcome =
                report(clients.as(reader), repo, pr, reader, CommentMemory.none(), running("PR-1", 1));

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.line())
                .startsWith("Gogs: pull request #" + pr.number() + ": comment "
                        + outcome.memory().commentId() + " created; ")
                .contains("HTTP 403", "labels need write access to the repository", "the build result is not affected")
                .doesNotContain("\n");
        assertThat(outcome.memory().commentId()).as("the comment was written").isNotNull();
    }

    @Test
    void anUnreachableGogsIsOneLineNotAnException() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GogsClient nowhere = clients.track(GogsClient.builder("http://127.0.0.1:" + closedPort)
                .credentials(GogsCredentials.token("0".repeat(40)))
                .connectTimeout(Duration.ofSeconds(2))
                .retryPolicy(RetryPolicy.NONE));

        PullRequestFeedback.Outcome outcome = PullRequestFeedback.report(
                nowhere, "alice", "app", 3, "alice", CommentMemory.none(), running("PR-3", 1), BOTH);

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.line())
                .startsWith("Gogs: pull request #3: could not reach Gogs at http://127.0.0.1:" + closedPort
                        + " to comment on it")
                .contains("could not reach Gogs at http://127.0.0.1:" + closedPort + " to label it")
                .endsWith("; the build result is not affected");
        assertThat(outcome.memory()).isEqualTo(CommentMemory.none());
    }

    private static PullRequestFeedback.Outcome report(
            GogsClient client,
            GogsRepository repo,
            GogsPullRequest pr,
            GogsUser self,
            CommentMemory memory,
            BuildReport report) {
        return PullRequestFeedback.report(
                client, repo.owner(), repo.name(), pr.number(), self.name(), memory, report, BOTH);
    }

    private static BuildReport running(String job, int number) {
        return Reports.running(job, number, null, 1);
    }

    private static BuildReport finished(String job, int number, BuildStatus status, String commit, long at) {
        return Reports.finished(job, number, status, Reports.sha(commit), at);
    }
}
