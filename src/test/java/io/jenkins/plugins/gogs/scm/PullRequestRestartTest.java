package io.jenkins.plugins.gogs.scm;

import static io.jenkins.plugins.gogs.webhook.JenkinsWithGogs.await;
import static io.jenkins.plugins.gogs.webhook.JenkinsWithGogs.lastBuild;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.discovery.PullRequestFacts;
import io.jenkins.plugins.gogs.events.HookEndpoint;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import io.jenkins.plugins.gogs.webhook.JenkinsWithGogs;
import java.io.File;
import java.util.List;
import java.util.Optional;
import jenkins.branch.BranchSource;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * A pull request keeps its identity across a restart of Jenkins: an untrusted fork's pull request into a branch
 * other than the default one, whose target only a {@code pull_request} delivery told, still builds with the
 * Jenkinsfile of that target after the restart, {@code retrieve} finds the head its job recorded, and a scan with
 * nothing changed in Gogs rebuilds nothing.
 *
 * <p>How the restart is made: {@link JenkinsSessionExtension} starts a second Jenkins on the same home in this JVM,
 * so static fields would survive where a real restart loses them. The plugin keeps nothing about pull requests in
 * static fields: {@link GogsSCMCaches} (discovery and probe answers, what deliveries said) is an extension, so the
 * second Jenkins gets a new one that knows only what it read from {@code $JENKINS_HOME}, as a new JVM would; the test
 * checks that it is another instance. The sources' own memory ({@code GogsSCMSource}'s transient fields) is gone
 * with the first Jenkins' objects.
 */
@Tag("needs-jenkins")
@RealGogs
class PullRequestRestartTest {

    @RegisterExtension
    final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    /** What the first Jenkins did, for the second to compare with. */
    private static final class FirstSession {
        long number;
        Object caches;
        int[] builds;
    }

    /**
     * Gogs: an untrusted fork's pull request into {@code develop}, opened while the webhook is registered. The first
     * Jenkins learns its target from the verified delivery and builds it with develop's Jenkinsfile.
     */
    private FirstSession firstSession(GogsServer gogs) throws Throwable {
        GogsUser alice = gogs.createUser("alice");
        GogsUser mallory = gogs.createUser("mallory");
        GogsRepository repo = alice.createRepository("guarded").publicRepo().withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", "echo 'the trusted pipeline of master'\n");
        repo.pushFile("develop", "Jenkinsfile", "echo 'the trusted pipeline of develop'\n");
        GogsRepository fork = mallory.fork(repo);
        fork.pushFile("patch", "Jenkinsfile", "echo 'a pipeline changed in a fork'\n");
        RepositoryKey key = new RepositoryKey(gogs.url(), alice.name(), repo.name());
        FirstSession first = new FirstSession();

        sessions.then(j -> {
            JenkinsWithGogs.configure(j, gogs, alice, false); // a webhook secret: deliveries are verified
            WorkflowMultiBranchProject project = project(j, gogs, repo);
            JenkinsWithGogs.scan(j, project);
            repo.addHook(j.getURL() + HookEndpoint.PATH, JenkinsWithGogs.SECRET, "pull_request");

            GogsPullRequest pull = repo.openPullRequest("develop", fork, "patch");
            String name = "PR-" + pull.number();
            // the verified delivery teaches the target; the event it fires a few seconds later indexes and builds
            await(() -> known(key, pull.number()).isPresent(), "the delivery of the opened pull request");
            assertThat(known(key, pull.number()).orElseThrow().baseBranch()).isEqualTo("develop");
            await(() -> lastBuild(project, name) > 0, "the first build of " + name);
            j.waitUntilNoActivity();
            WorkflowRun built = j.waitForCompletion(project.getItem(name).getLastBuild());
            j.assertLogContains("the trusted pipeline of develop", built);
            j.assertLogNotContains("a pipeline changed in a fork", built);
            first.number = pull.number();
            first.caches = GogsSCMCaches.get();
            first.builds =
                    new int[] {lastBuild(project, "master"), lastBuild(project, "develop"), lastBuild(project, name)};
        });
        return first;
    }

    @Test
    void anUntrustedForksPullRequestIntoAnotherBranchKeepsItsTargetAcrossARestart(GogsServer gogs) throws Throwable {
        FirstSession first = firstSession(gogs);

        sessions.then(j -> {
            assertThat(GogsSCMCaches.get())
                    .as("a new Jenkins starts from what is on disk")
                    .isNotSameAs(first.caches);
            assertThat(new File(j.jenkins.getRootDir(), GogsSCMCaches.FILE_NAME))
                    .exists();
            WorkflowMultiBranchProject project =
                    j.jenkins.getItemByFullName("guarded", WorkflowMultiBranchProject.class);
            String name = "PR-" + first.number;

            JenkinsWithGogs.scan(j, project);
            assertThat(new int[] {lastBuild(project, "master"), lastBuild(project, "develop"), lastBuild(project, name)
                    })
                    .as("a scan with nothing changed in Gogs rebuilds nothing")
                    .containsExactly(first.builds);

            WorkflowJob job = project.getItem(name);
            SCMHead recorded = SCMHead.HeadByItem.findHead(job);
            assertThat(recorded).isInstanceOf(PullRequestSCMHead.class);
            assertThat(((PullRequestSCMHead) recorded).getTarget().getName()).isEqualTo("develop");
            SCMSource source = project.getSCMSources().get(0);
            SCMRevision tip = source.fetch(recorded, j.createTaskListener());
            assertThat(tip).as("retrieve finds the head the job recorded").isNotNull();
            assertThat(tip.getHead()).isEqualTo(recorded);

            WorkflowRun again = j.buildAndAssertSuccess(job); // "Build Now"
            j.assertLogContains("the trusted pipeline of develop", again);
            j.assertLogNotContains("a pipeline changed in a fork", again);
            j.assertLogNotContains("nondeterministic checkout", again);
        });
    }

    /**
     * The file lost (or the pull request forgotten as least recently used, or a Jenkins upgraded from a version that
     * kept targets in memory only): "Build Now" still finds the job's head by number, keeps the target the job
     * recorded, and reads the Jenkinsfile from there.
     */
    @Test
    void withoutWhatDeliveriesSaidBuildNowStillUsesTheTargetTheJobRecorded(GogsServer gogs) throws Throwable {
        FirstSession first = firstSession(gogs);
        File file = new File(sessions.getHome(), GogsSCMCaches.FILE_NAME);
        assertThat(file).exists();
        assertThat(file.delete()).isTrue();

        sessions.then(j -> {
            WorkflowMultiBranchProject project =
                    j.jenkins.getItemByFullName("guarded", WorkflowMultiBranchProject.class);
            WorkflowJob job = project.getItem("PR-" + first.number);
            SCMHead recorded = SCMHead.HeadByItem.findHead(job);
            SCMRevision tip = project.getSCMSources().get(0).fetch(recorded, j.createTaskListener());
            assertThat(tip).as("retrieve finds the head the job recorded").isNotNull();
            assertThat(((PullRequestSCMHead) tip.getHead()).getTarget().getName())
                    .isEqualTo("develop");

            WorkflowRun again = j.buildAndAssertSuccess(job); // "Build Now", before any scan
            j.assertLogContains("the trusted pipeline of develop", again);
            j.assertLogNotContains("a pipeline changed in a fork", again);
            j.assertLogNotContains("nondeterministic checkout", again);
        });
    }

    private static Optional<PullRequestFacts> known(RepositoryKey key, long number) {
        return GogsSCMCaches.discovery().knownPullRequests().facts(key, number);
    }

    /** Branches, and pull requests from forks built as they are, trusting nobody. */
    private static WorkflowMultiBranchProject project(JenkinsRule j, GogsServer gogs, GogsRepository repo)
            throws Exception {
        WorkflowMultiBranchProject project = j.createProject(WorkflowMultiBranchProject.class, repo.name());
        GogsSCMSource source = new GogsSCMSource(gogs.url(), repo.owner(), repo.name());
        source.setCredentialsId(JenkinsWithGogs.TOKEN_ID);
        source.setTraits(List.<SCMSourceTrait>of(
                new GogsBranchDiscoveryTrait(GogsBranchDiscoveryTrait.ALL_BRANCHES),
                new GogsForkPullRequestDiscoveryTrait(
                        PullRequestStrategies.HEAD, new GogsForkPullRequestDiscoveryTrait.TrustNobody())));
        project.getSourcesList().add(new BranchSource(source));
        return project;
    }
}
