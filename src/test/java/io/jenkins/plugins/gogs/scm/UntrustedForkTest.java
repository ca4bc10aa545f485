package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Cause;
import hudson.plugins.git.GitSCM;
import hudson.plugins.git.UserRemoteConfig;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.List;
import jenkins.branch.BranchSource;
import jenkins.scm.api.SCMHeadOrigin;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;
import jenkins.scm.api.trait.SCMHeadAuthority;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A pull request from a fork that is not trusted builds with the target branch's Jenkinsfile, so its author cannot
 * change what runs on Jenkins; a trusted one builds its own.
 */
@WithJenkins
@Tag("needs-jenkins")
@RealGogs
class UntrustedForkTest {

    @Test
    void aStrangersForkRunsTheTargetBranchsJenkinsfile(JenkinsRule j, GogsServer gogs) throws Exception {
        WorkflowRun build = buildForkPullRequest(j, gogs, new GogsForkPullRequestDiscoveryTrait.TrustNobody());

        j.assertLogContains("the trusted pipeline of master", build);
        j.assertLogNotContains("a pipeline changed in a fork", build);
    }

    @Test
    void aTrustedForkRunsItsOwnJenkinsfile(JenkinsRule j, GogsServer gogs) throws Exception {
        WorkflowRun build = buildForkPullRequest(j, gogs, new GogsForkPullRequestDiscoveryTrait.TrustEveryone());

        j.assertLogContains("a pipeline changed in a fork", build);
    }

    /**
     * Jenkins builds without a revision only when it could not find the head's current one, and then runs the
     * Jenkinsfile of whatever that checkout holds: for a fork's pull request it holds the target branch, never the
     * fork's code. A pull request from the repository itself still checks out its own ref.
     */
    @Test
    void withoutARevisionAForksPullRequestChecksOutItsTargetBranch(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        JenkinsGogs.configure(gogs, alice);
        WorkflowMultiBranchProject project = j.createProject(WorkflowMultiBranchProject.class, "no-revision");
        GogsSCMSource configured = new GogsSCMSource(gogs.url(), alice.name(), "guarded");
        configured.setCredentialsId(JenkinsGogs.CREDENTIALS_ID);
        project.getSourcesList().add(new BranchSource(configured));
        SCMSource source = project.getSCMSources().get(0);
        PullRequestSCMHead fromFork = new PullRequestSCMHead(
                "PR-3",
                3,
                new BranchSCMHead("develop"),
                ChangeRequestCheckoutStrategy.HEAD,
                new SCMHeadOrigin.Fork("mallory"),
                "mallory",
                "guarded",
                "patch");
        PullRequestSCMHead fromOrigin = new PullRequestSCMHead(
                "PR-4",
                4,
                new BranchSCMHead("develop"),
                ChangeRequestCheckoutStrategy.HEAD,
                SCMHeadOrigin.DEFAULT,
                alice.name(),
                "guarded",
                "feature");

        List<String> forkRefspecs = refspecs((GitSCM) source.build(fromFork, null));
        List<String> originRefspecs = refspecs((GitSCM) source.build(fromOrigin, null));

        assertThat(forkRefspecs)
                .noneMatch(r -> r.contains("refs/pull/"))
                .anyMatch(r -> r.contains("refs/heads/develop"));
        assertThat(originRefspecs).anyMatch(r -> r.contains("refs/pull/4/head"));
    }

    private static List<String> refspecs(GitSCM scm) {
        return scm.getUserRemoteConfigs().stream()
                .map(UserRemoteConfig::getRefspec)
                .toList();
    }

    private static WorkflowRun buildForkPullRequest(
            JenkinsRule j,
            GogsServer gogs,
            SCMHeadAuthority<? super GogsSCMSourceRequest, ? extends PullRequestSCMHead, ?> trust)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsUser mallory = gogs.createUser("mallory");
        GogsRepository repo = alice.createRepository("guarded").publicRepo().withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", "echo 'the trusted pipeline of master'\n");
        GogsRepository fork = mallory.fork(repo);
        fork.pushFile("master", "Jenkinsfile", "echo 'a pipeline changed in a fork'\n");
        GogsPullRequest pull = repo.openPullRequest("master", fork, "master");
        JenkinsGogs.configure(gogs, alice);

        WorkflowMultiBranchProject project = j.createProject(WorkflowMultiBranchProject.class, "guarded");
        GogsSCMSource source = new GogsSCMSource(gogs.url(), alice.name(), repo.name());
        source.setCredentialsId(JenkinsGogs.CREDENTIALS_ID);
        source.setTraits(
                List.<SCMSourceTrait>of(new GogsForkPullRequestDiscoveryTrait(PullRequestStrategies.HEAD, trust)));
        project.getSourcesList().add(new BranchSource(source));
        project.scheduleBuild(new Cause.UserIdCause());
        j.waitUntilNoActivity();

        WorkflowJob job = project.getItem("PR-" + pull.number());
        assertThat(job).as("the fork's pull request is indexed").isNotNull();
        return j.waitForCompletion(job.getLastBuild());
    }
}
