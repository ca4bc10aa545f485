package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hudson.model.Cause;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.List;
import java.util.stream.StreamSupport;
import jenkins.branch.BranchSource;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The variables docs/troubleshooting.md promises a pull-request build, as branch-api derives them from this plugin's
 * head and metadata, and the comment on the pull request being built with {@code gogsComment(number: env.CHANGE_ID)}.
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class PullRequestBuildEnvironmentTest {

    @Test
    void aPullRequestBuildSeesItsChangeVariablesAndCommentsOnItsPullRequest(JenkinsRule j, GogsServer gogs)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("reviewed").withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", """
                echo "change id=${env.CHANGE_ID} target=${env.CHANGE_TARGET} branch=${env.CHANGE_BRANCH} fork=${env.CHANGE_FORK}"
                echo "change author=${env.CHANGE_AUTHOR} title=${env.CHANGE_TITLE} url=${env.CHANGE_URL}"
                if (env.CHANGE_ID) {
                    gogsComment(number: env.CHANGE_ID, body: "Build ${env.BUILD_NUMBER} of ${env.BRANCH_NAME}")
                }
                """);
        repo.pushBranch("topic");
        GogsPullRequest pull = repo.openPullRequest("master", "topic");
        JenkinsGogs.configure(gogs, alice);

        WorkflowMultiBranchProject project = j.createProject(WorkflowMultiBranchProject.class, "reviewed");
        GogsSCMSource source = new GogsSCMSource(gogs.url(), alice.name(), repo.name());
        source.setCredentialsId(JenkinsGogs.CREDENTIALS_ID);
        source.setTraits(List.<SCMSourceTrait>of(
                new GogsBranchDiscoveryTrait(GogsBranchDiscoveryTrait.EXCLUDE_PULL_REQUEST_BRANCHES),
                new GogsOriginPullRequestDiscoveryTrait(PullRequestStrategies.HEAD)));
        project.getSourcesList().add(new BranchSource(source));
        project.scheduleBuild(new Cause.UserIdCause());
        j.waitUntilNoActivity();

        WorkflowJob master = project.getItem("master");
        assertThat(master).isNotNull();
        j.assertBuildStatusSuccess(j.waitForCompletion(master.getLastBuild())); // no CHANGE_ID: no comment

        String name = "PR-" + pull.number();
        WorkflowJob job = project.getItem(name);
        assertThat(job).as(name).isNotNull();
        WorkflowRun run = j.assertBuildStatusSuccess(j.waitForCompletion(job.getLastBuild()));
        j.assertLogContains("change id=" + pull.number() + " target=master branch=topic fork=null", run);
        j.assertLogContains(
                "change author=" + alice.name() + " title=Merge topic into master url=" + source.webUrl() + "/pulls/"
                        + pull.number(),
                run);
        JsonNode comments = alice.get(repo.apiPath() + "/issues/" + pull.number() + "/comments");
        assertThat(StreamSupport.stream(comments.spliterator(), false)
                        .map(c -> c.path("body").asText()))
                .containsExactly("Build " + run.getNumber() + " of " + name);
    }
}
