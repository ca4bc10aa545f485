package io.jenkins.plugins.gogs.feedback;

import static io.jenkins.plugins.gogs.feedback.Reports.finished;
import static io.jenkins.plugins.gogs.feedback.Reports.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.CommentsApi;
import io.jenkins.plugins.gogs.client.model.Comment;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plugin's one comment on a pull request of a real Gogs: created once, edited in place, recreated once. */
@RealGogs
class LivingCommentTest extends FeedbackOnRealGogs {

    @Test
    void theFirstReportCreatesTheCommentAndLaterOnesEditIt() {
        Scene scene = scene("living");
        String commit = scene.repo.lsRemote(scene.pr.headRef()).get(scene.pr.headRef());

        LivingComment.Result started =
                scene.report(CommentMemory.none(), running("PR-" + scene.pr.number(), 1, commit, 100));
        LivingComment.Result finished = scene.report(
                started.memory(), finished("PR-" + scene.pr.number(), 1, BuildStatus.SUCCESS, commit, 100));
        LivingComment.Result second =
                scene.report(finished.memory(), running("PR-" + scene.pr.number(), 2, commit, 200));

        assertThat(started.outcome()).isEqualTo(LivingComment.Outcome.CREATED);
        assertThat(finished.outcome()).isEqualTo(LivingComment.Outcome.UPDATED);
        assertThat(second.outcome()).isEqualTo(LivingComment.Outcome.UPDATED);
        assertThat(List.of(finished.commentId(), second.commentId())).containsOnly(started.commentId());
        List<Comment> comments = scene.comments().list(scene.pr.number());
        assertThat(comments).hasSize(1);
        Comment comment = comments.get(0);
        assertThat(comment.id()).isEqualTo(started.commentId());
        assertThat(comment.user().username()).isEqualTo(scene.jenkins.name());
        assertThat(comment.body())
                .contains("\\#2](http://jenkins.example.com/job/app/job/PR-" + scene.pr.number() + "/2/) is running")
                .contains("passed |")
                .contains("| 1 min 3 s |");
        assertThat(HiddenState.read(comment.body()).orElseThrow().builds())
                .extracting(BuildReport::number)
                .containsExactly(2, 1);
    }

    @Test
    void aJenkinsThatForgotItsCommentFindsItAgain() {
        Scene scene = scene("restart");
        LivingComment.Result first = scene.report(CommentMemory.none(), running("PR-1", 1, null, 100));

        LivingComment.Result afterRestart =
                scene.report(CommentMemory.none(), finished("PR-1", 1, BuildStatus.FAILURE, null, 100));

        assertThat(afterRestart.outcome()).isEqualTo(LivingComment.Outcome.UPDATED);
        assertThat(afterRestart.commentId()).isEqualTo(first.commentId());
        assertThat(scene.comments().list(scene.pr.number())).hasSize(1);
    }

    @Test
    void commentsOfOtherPeopleAreLeftAloneEvenWhenTheyCopyTheMarker() {
        Scene scene = scene("others");
        GogsUser bob = gogs.createUser("bob");
        String copied = CommentRenderer.render(FeedbackHistory.empty().with(running("PR-1", 1, null, 1)));
        scene.repo.comment(scene.pr.number(), "Looks good to me", bob);
        scene.repo.comment(scene.pr.number(), copied, bob);

        LivingComment.Result result = scene.report(CommentMemory.none(), running("PR-1", 7, null, 100));

        assertThat(result.outcome()).isEqualTo(LivingComment.Outcome.CREATED);
        List<Comment> comments = scene.comments().list(scene.pr.number());
        assertThat(comments).extracting(Comment::body).contains("Looks good to me", copied);
        assertThat(comments).hasSize(3);
    }

    @Test
    void aDeletedCommentIsRecreatedOnceAndThenStaysDeleted() {
        Scene scene = scene("deleted");
        LivingComment.Result first = scene.report(CommentMemory.none(), running("PR-1", 1, null, 100));
        scene.comments().delete(scene.pr.number(), first.commentId());

        LivingComment.Result recreated =
                scene.report(first.memory(), finished("PR-1", 1, BuildStatus.SUCCESS, null, 100));
        scene.comments().delete(scene.pr.number(), recreated.commentId());
        LivingComment.Result leftAlone = scene.report(recreated.memory(), running("PR-1", 2, null, 200));
        LivingComment.Result stillAlone =
                scene.report(leftAlone.memory(), finished("PR-1", 2, BuildStatus.SUCCESS, null, 200));

        assertThat(recreated.outcome()).isEqualTo(LivingComment.Outcome.RECREATED);
        assertThat(recreated.commentId()).isNotEqualTo(first.commentId());
        assertThat(leftAlone.outcome()).isEqualTo(LivingComment.Outcome.LEFT_DELETED);
        assertThat(stillAlone.outcome()).isEqualTo(LivingComment.Outcome.LEFT_DELETED);
        assertThat(scene.comments().list(scene.pr.number())).isEmpty();
    }

    /** A pull request of a repository the Jenkins user owns, and a client with that user's token. */
    private record Scene(GogsUser jenkins, GogsRepository repo, GogsPullRequest pr) {

        CommentsApi comments() {
            return clients.as(jenkins).repo(repo.owner(), repo.name()).comments();
        }

        LivingComment.Result report(CommentMemory memory, BuildReport report) {
            return LivingComment.report(comments(), pr.number(), jenkins.name(), memory, report);
        }
    }

    private static Scene scene(String name) {
        GogsUser jenkins = gogs.createUser("jenkins");
        GogsRepository repo = jenkins.createRepository(name).withInitialCommit();
        return new Scene(jenkins, repo, pullRequestFromTopic(repo));
    }
}
