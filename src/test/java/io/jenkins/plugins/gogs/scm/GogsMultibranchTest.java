package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Cause;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.List;
import jenkins.branch.BranchSource;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** A multibranch project indexes a real Gogs repository: branches with a Jenkinsfile, tags, pull requests. */
@WithJenkins
@Tag("needs-jenkins")
@RealGogs
class GogsMultibranchTest {

    @Test
    void indexesBranchesTagsAndPullRequestsThatHaveAJenkinsfileAndBuildsThem(JenkinsRule j, GogsServer gogs)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("pipelines").publicRepo().withInitialCommit();
        repo.pushBranch("without-jenkinsfile");
        repo.pushFile("master", "Jenkinsfile", "echo \"built ${env.BRANCH_NAME}\"\n");
        repo.pushBranch("feature-x");
        repo.pushTag("v1.0");
        repo.pushBranch("topic");
        GogsPullRequest pull = repo.openPullRequest("master", "topic");
        JenkinsGogs.configure(gogs, alice);

        WorkflowMultiBranchProject project = j.createProject(WorkflowMultiBranchProject.class, "pipelines");
        GogsSCMSource source = new GogsSCMSource(gogs.url(), alice.name(), repo.name());
        source.setCredentialsId(JenkinsGogs.CREDENTIALS_ID);
        source.setTraits(List.<SCMSourceTrait>of(
                new GogsBranchDiscoveryTrait(GogsBranchDiscoveryTrait.EXCLUDE_PULL_REQUEST_BRANCHES),
                new GogsTagDiscoveryTrait(),
                new GogsOriginPullRequestDiscoveryTrait(PullRequestStrategies.HEAD)));
        project.getSourcesList().add(new BranchSource(source));
        project.scheduleBuild(new Cause.UserIdCause());
        j.waitUntilNoActivity();

        assertThat(project.getItem("master")).isNotNull();
        assertThat(project.getItem("feature-x")).isNotNull();
        assertThat(project.getItem("v1.0")).as("tags are discovered").isNotNull();
        assertThat(project.getItem("PR-" + pull.number())).isNotNull();
        assertThat(project.getItem("topic"))
                .as("a branch that is a pull request is built as the pull request")
                .isNull();
        assertThat(project.getItem("without-jenkinsfile"))
                .as("no Jenkinsfile, no job")
                .isNull();

        WorkflowJob master = project.getItem("master");
        j.assertLogContains("built master", j.waitForCompletion(master.getLastBuild()));
        WorkflowJob pr = project.getItem("PR-" + pull.number());
        j.assertLogContains("built PR-" + pull.number(), j.waitForCompletion(pr.getLastBuild()));
    }
}
