package io.jenkins.plugins.gogs.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.fasterxml.jackson.databind.JsonNode;
import hudson.model.Cause;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.scm.GogsBranchDiscoveryTrait;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import java.util.List;
import java.util.stream.StreamSupport;
import jenkins.branch.BranchSource;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * In a branch job of a multibranch project with a Gogs branch source, the steps need no server, repository or
 * credentials: they take the source's. Two servers are configured (so "the only server" cannot be what is used), the
 * source's has no credentials of its own and the repository is private (so the source's credentials must be).
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class MultibranchInferenceTest {

    @Test
    void stepsInABranchJobUseTheBranchSourcesServerRepositoryAndCredentials(JenkinsRule j, GogsServer gogs)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("inferred").privateRepo().withInitialCommit();
        repo.createIssue("Tracked").open();
        repo.pushFile("master", "Jenkinsfile", """
                gogsComment(number: 1, body: "built ${env.BRANCH_NAME}")
                echo "open=${gogsIssues().collect { it.title }}"
                """);
        GogsConfiguration.get()
                .setServers(List.of(
                        new io.jenkins.plugins.gogs.config.GogsServer(gogs.url()),
                        new io.jenkins.plugins.gogs.config.GogsServer("https://other-gogs.example.com")));
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, "scan-token", "alice's token", Secret.fromString(alice.token())));
        SystemCredentialsProvider.getInstance().save();

        WorkflowMultiBranchProject project = j.createProject(WorkflowMultiBranchProject.class, "inferred");
        GogsSCMSource source = new GogsSCMSource(gogs.url(), alice.name(), repo.name());
        source.setCredentialsId("scan-token");
        source.setTraits(List.<SCMSourceTrait>of(
                new GogsBranchDiscoveryTrait(GogsBranchDiscoveryTrait.EXCLUDE_PULL_REQUEST_BRANCHES)));
        project.getSourcesList().add(new BranchSource(source));
        project.scheduleBuild(new Cause.UserIdCause());
        j.waitUntilNoActivity();

        WorkflowJob master = project.getItem("master");
        assertThat(master).isNotNull();
        WorkflowRun run = j.assertBuildStatusSuccess(j.waitForCompletion(master.getLastBuild()));
        j.assertLogContains("gogsComment: " + alice.name() + "/" + repo.name() + " on ", run);
        j.assertLogContains("with credentials 'scan-token'", run);
        j.assertLogContains("open=[Tracked]", run);
        JsonNode comments = alice.get(repo.apiPath() + "/issues/1/comments");
        assertThat(StreamSupport.stream(comments.spliterator(), false)
                        .map(c -> c.path("body").asText()))
                .containsExactly("built master");
    }
}
