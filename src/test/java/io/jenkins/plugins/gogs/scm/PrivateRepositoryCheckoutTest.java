package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Cause;
import hudson.model.Result;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.credentials.GogsAccessToken;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.List;
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
 * {@code checkout scm} of a private Gogs repository: with a Gogs access token the build clones it (git gets the
 * token as the password); with a plain secret text the Jenkinsfile is still read through the API, but git clones
 * without credentials and the checkout fails, and the form says so beforehand. Against the real Gogs.
 */
@WithJenkins
@Tag("needs-jenkins")
@RealGogs
class PrivateRepositoryCheckoutTest {

    private static final String JENKINSFILE =
            "node { checkout scm; echo \"marker: ${readFile('marker.txt').trim()}\" }\n";

    @Test
    void checkoutScmOfAPrivateRepositoryWorksWithAGogsAccessToken(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = privateRepository(alice);
        WorkflowMultiBranchProject project = project(
                j,
                gogs,
                repo,
                new GogsAccessToken(
                        CredentialsScope.GLOBAL, "gogs-access", "", alice.name(), Secret.fromString(alice.token())));

        WorkflowRun build = buildOfMaster(j, project);

        j.assertBuildStatus(Result.SUCCESS, build);
        j.assertLogContains("marker: for members only", build);
        j.assertLogNotContains(alice.token(), build);
        assertThat(checkCredentials(j, project, gogs).kind).isEqualTo(FormValidation.Kind.OK);
    }

    @Test
    void withASecretTextTheJenkinsfileIsReadButTheCheckoutFailsAndTheFormWarns(JenkinsRule j, GogsServer gogs)
            throws Exception {
        GogsUser bob = gogs.createUser("bob");
        GogsRepository repo = privateRepository(bob);
        WorkflowMultiBranchProject project = project(
                j,
                gogs,
                repo,
                new StringCredentialsImpl(CredentialsScope.GLOBAL, "gogs-access", "", Secret.fromString(bob.token())));

        WorkflowRun build = buildOfMaster(j, project);

        j.assertBuildStatus(Result.FAILURE, build);
        j.assertLogNotContains("marker:", build);
        FormValidation check = checkCredentials(j, project, gogs);
        assertThat(check.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(check.getMessage()).contains("private repository");
    }

    private static GogsRepository privateRepository(GogsUser owner) {
        GogsRepository repo =
                owner.createRepository("private-app").privateRepo().withInitialCommit();
        repo.pushFile("master", "marker.txt", "for members only\n");
        repo.pushFile("master", "Jenkinsfile", JENKINSFILE);
        return repo;
    }

    private static WorkflowMultiBranchProject project(
            JenkinsRule j, GogsServer gogs, GogsRepository repo, Credentials credentials) throws Exception {
        GogsConfiguration.get().setServers(List.of(new io.jenkins.plugins.gogs.config.GogsServer(gogs.url())));
        SystemCredentialsProvider.getInstance().getCredentials().add(credentials);
        SystemCredentialsProvider.getInstance().save();
        WorkflowMultiBranchProject project = j.createProject(WorkflowMultiBranchProject.class, repo.name());
        GogsSCMSource source = new GogsSCMSource(gogs.url(), repo.owner(), repo.name());
        source.setCredentialsId("gogs-access");
        source.setTraits(List.<SCMSourceTrait>of(
                new GogsBranchDiscoveryTrait(GogsBranchDiscoveryTrait.EXCLUDE_PULL_REQUEST_BRANCHES)));
        project.getSourcesList().add(new BranchSource(source));
        return project;
    }

    private static WorkflowRun buildOfMaster(JenkinsRule j, WorkflowMultiBranchProject project) throws Exception {
        project.scheduleBuild(new Cause.UserIdCause());
        j.waitUntilNoActivity();
        WorkflowJob master = project.getItem("master");
        assertThat(master).as("the Jenkinsfile was read through the API").isNotNull();
        return j.waitForCompletion(master.getLastBuild());
    }

    private static FormValidation checkCredentials(JenkinsRule j, WorkflowMultiBranchProject project, GogsServer gogs) {
        return j.jenkins
                .getDescriptorByType(GogsSCMSource.DescriptorImpl.class)
                .doCheckCredentialsId(project, gogs.url(), "gogs-access");
    }
}
