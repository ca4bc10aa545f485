package io.jenkins.plugins.gogs.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hudson.model.CauseAction;
import hudson.model.listeners.ItemListener;
import io.jenkins.plugins.gogs.events.HookEndpoint;
import io.jenkins.plugins.gogs.events.HookEvents;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.scm.GogsOriginPullRequestDiscoveryTrait;
import io.jenkins.plugins.gogs.webhook.JenkinsWithGogs;
import java.util.HashSet;
import java.util.Set;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code jenkins rebuild} end to end: the project's hook, registered by the plugin, asks for comments; Gogs delivers
 * them to the test Jenkins (its {@code LOCAL_NETWORK_ALLOWLIST} allows localhost); a writer's comment builds the pull
 * request again, a stranger's and a reader's do not.
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class GogsRebuildJenkinsTest {

    @Test
    void aWritersCommentRebuildsThePullRequestAndOthersDoNot(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsUser writer = gogs.createUser("writer");
        GogsUser reader = gogs.createUser("reader");
        GogsUser stranger = gogs.createUser("stranger");
        GogsRepository repo = alice.createRepository("rebuilt").publicRepo().withInitialCommit();
        repo.addCollaborator(writer, "write");
        repo.addCollaborator(reader, "read");
        repo.pushFile("master", "Jenkinsfile", "echo 'built'\n");
        repo.pushBranch("topic");
        GogsPullRequest pr = repo.openPullRequest("master", "topic");
        JenkinsFeedback.configure(j, gogs, alice, true);
        WorkflowMultiBranchProject project = JenkinsFeedback.project(
                j, gogs, repo, alice, new GogsOriginPullRequestDiscoveryTrait(2), new GogsRebuildCommentTrait(null));
        String endpoint = j.getURL() + HookEndpoint.PATH;

        ItemListener.fireOnUpdated(project); // what saving the configuration page does
        JenkinsWithGogs.await(
                () -> hookEvents(gogs, alice, repo, endpoint).contains(HookEvents.ISSUE_COMMENT),
                "the hook at " + endpoint + " with the issue_comment event");
        JenkinsWithGogs.scan(j, project);
        WorkflowJob job = project.getItem("PR-" + pr.number());
        j.waitForCompletion(job.getBuildByNumber(1));
        repo.comment(pr.number(), "jenkins rebuild", stranger);
        repo.comment(pr.number(), "jenkins rebuild", reader);
        repo.comment(pr.number(), "Jenkins Rebuild", writer);

        JenkinsWithGogs.await(() -> job.getBuildByNumber(2) != null, "a build asked for in a comment");
        j.waitUntilNoActivity();
        WorkflowRun rebuilt = j.assertBuildStatusSuccess(job.getBuildByNumber(2));

        GogsRebuildCause cause = rebuilt.getAction(CauseAction.class).findCause(GogsRebuildCause.class);
        assertThat(cause).isNotNull();
        assertThat(cause.getUser()).isEqualTo(writer.name());
        assertThat(cause.getPullRequest()).isEqualTo(pr.number());
        assertThat(job.getLastBuild().getNumber())
                .as("the stranger's and the reader's comments, delivered before, built nothing")
                .isEqualTo(2);
    }

    private static Set<String> hookEvents(GogsServer gogs, GogsUser owner, GogsRepository repo, String url) {
        Set<String> events = new HashSet<>();
        for (JsonNode hook : owner.get(repo.apiPath() + "/hooks")) {
            if (url.equals(hook.path("config").path("url").asText())) {
                hook.path("events").forEach(e -> events.add(e.asText()));
            }
        }
        return events;
    }
}
