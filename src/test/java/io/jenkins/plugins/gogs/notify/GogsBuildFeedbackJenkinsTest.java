package io.jenkins.plugins.gogs.notify;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.gogs.client.model.Comment;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.scm.GogsOriginPullRequestDiscoveryTrait;
import io.jenkins.plugins.gogs.webhook.JenkinsWithGogs;
import java.util.List;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Pull request builds of a multibranch project in a real Jenkins, reported to the test Gogs: one comment, created by
 * the first build and edited by the next; the status label; the failing stage; and a token that may not label, which
 * the build log mentions while the build still succeeds.
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class GogsBuildFeedbackJenkinsTest {

    /** Discover pull requests from the repository, built as their head is. */
    private static final int HEAD = 2;

    @Test
    void aPullRequestBuildPostsItsCommentAndTheNextBuildEditsIt(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("commented").withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", "echo 'built'\n");
        repo.pushBranch("topic");
        GogsPullRequest pr = repo.openPullRequest("master", "topic");
        JenkinsFeedback.configure(j, gogs, alice, false);
        WorkflowMultiBranchProject project = JenkinsFeedback.project(
                j,
                gogs,
                repo,
                alice,
                new GogsOriginPullRequestDiscoveryTrait(HEAD),
                new GogsBuildCommentsTrait(CommentScope.PULL_REQUESTS),
                new GogsBuildLabelsTrait());

        JenkinsWithGogs.scan(j, project);
        WorkflowJob job = project.getItem("PR-" + pr.number());
        WorkflowRun first = j.assertBuildStatusSuccess(j.waitForCompletion(job.getBuildByNumber(1)));
        Comment comment = theComment(gogs, alice, repo, pr);
        WorkflowRun second = j.buildAndAssertSuccess(job);
        Comment edited = theComment(gogs, alice, repo, pr);

        String gogsLine = "Gogs: pull request #" + pr.number() + ": comment " + comment.id();
        j.assertLogContains(gogsLine, first);
        j.assertLogContains("label \"build: passing\" set", first);
        assertThat(comment.body())
                .contains("PR\\-" + pr.number() + " \\#1](" + j.getURL() + first.getUrl() + ") passed**")
                .contains("[console](" + j.getURL() + first.getUrl() + "console)")
                .contains(repo.lsRemote(pr.headRef()).get(pr.headRef()).substring(0, 7));
        j.assertLogContains(gogsLine + " updated, label \"build: passing\" set", second);
        assertThat(edited.id()).isEqualTo(comment.id());
        assertThat(edited.body())
                .contains("PR\\-" + pr.number() + " \\#2](" + j.getURL() + second.getUrl() + ") passed**")
                .contains("| [PR\\-" + pr.number() + " \\#1](");
        assertThat(JenkinsFeedback.labels(gogs, alice, repo, pr.number())).containsExactly("build: passing");
    }

    @Test
    void aFailedStageIsNamedInTheCommentAndTheLabelTurnsFailing(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("failing").withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", "echo 'fine'\n");
        repo.pushFile(
                "broken", "Jenkinsfile", "stage('Build') { echo 'ok' }\nstage('Test') { error 'tests failed' }\n");
        GogsPullRequest pr = repo.openPullRequest("master", "broken");
        JenkinsFeedback.configure(j, gogs, alice, false);
        WorkflowMultiBranchProject project = JenkinsFeedback.project(
                j,
                gogs,
                repo,
                alice,
                new GogsOriginPullRequestDiscoveryTrait(HEAD),
                new GogsBuildCommentsTrait(null),
                new GogsBuildLabelsTrait());

        JenkinsWithGogs.scan(j, project);
        WorkflowRun run = project.getItem("PR-" + pr.number()).getBuildByNumber(1);

        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(run));
        j.assertLogContains("label \"build: failing\" set", run);
        assertThat(theComment(gogs, alice, repo, pr).body()).contains(") failed in stage Test**");
        assertThat(JenkinsFeedback.labels(gogs, alice, repo, pr.number())).containsExactly("build: failing");
    }

    @Test
    void aTokenThatMayNotLabelIsOneLineInTheLogAndTheBuildStillSucceeds(JenkinsRule j, GogsServer gogs)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsUser reader = gogs.createUser("reader");
        GogsRepository repo = alice.createRepository("readonly").publicRepo().withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", "echo 'built'\n");
        repo.pushBranch("topic");
        GogsPullRequest pr = repo.openPullRequest("master", "topic");
        JenkinsFeedback.configure(j, gogs, alice, false);
        JenkinsFeedback.addToken(reader);
        WorkflowMultiBranchProject project = JenkinsFeedback.project(
                j,
                gogs,
                repo,
                reader,
                new GogsOriginPullRequestDiscoveryTrait(HEAD),
                new GogsBuildCommentsTrait(CommentScope.PULL_REQUESTS),
                new GogsBuildLabelsTrait());

        JenkinsWithGogs.scan(j, project);
        WorkflowRun run = project.getItem("PR-" + pr.number()).getBuildByNumber(1);

        j.assertBuildStatusSuccess(j.waitForCompletion(run));
        j.assertLogContains("labels need write access to the repository", run);
        j.assertLogContains("the build result is not affected", run);
        assertThat(theComment(gogs, reader, repo, pr).user().username())
                .as("the comment is written with the source's credentials")
                .isEqualTo(reader.name());
        assertThat(JenkinsFeedback.labels(gogs, alice, repo, pr.number())).isEmpty();
    }

    /** The plugin's only comment on the pull request, written by {@code author}. */
    private static Comment theComment(GogsServer gogs, GogsUser author, GogsRepository repo, GogsPullRequest pr) {
        List<Comment> comments = JenkinsFeedback.comments(gogs, author, repo, pr.number());
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).user().username()).isEqualTo(author.name());
        return comments.get(0);
    }
}
