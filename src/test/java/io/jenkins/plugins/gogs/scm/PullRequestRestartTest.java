package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Cause;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.discovery.PullRequestFacts;
import io.jenkins.plugins.gogs.events.HookEndpoint;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import jenkins.branch.BranchSource;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
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

    private static final String SECRET = "restart-hook-sëcret";
    private static final String TOKEN_ID = "gogs-token";
    private static final String SECRET_ID = "gogs-hook-secret";
    private static final Duration WAIT = Duration.ofSeconds(60);

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
            configure(gogs, alice);
            WorkflowMultiBranchProject project = project(j, gogs, repo);
            project.scheduleBuild(new Cause.UserIdCause());
            j.waitUntilNoActivity();
            repo.addHook(j.getURL() + HookEndpoint.PATH, SECRET, "pull_request");

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

            project.scheduleBuild(new Cause.UserIdCause());
            j.waitUntilNoActivity();
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

    /** The test Gogs as the only server, with alice's token and a webhook secret (so deliveries are verified). */
    private static void configure(GogsServer gogs, GogsUser user) throws Exception {
        SystemCredentialsProvider credentials = SystemCredentialsProvider.getInstance();
        credentials
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, TOKEN_ID, "Gogs token", Secret.fromString(user.token())));
        credentials
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, SECRET_ID, "Gogs webhook secret", Secret.fromString(SECRET)));
        credentials.save();
        io.jenkins.plugins.gogs.config.GogsServer server = new io.jenkins.plugins.gogs.config.GogsServer(gogs.url());
        server.setCredentialsId(TOKEN_ID);
        server.setWebhookSecretCredentialsId(SECRET_ID);
        server.setManageHooks(false);
        GogsConfiguration.get().setServers(List.of(server));
    }

    /** Branches, and pull requests from forks built as they are, trusting nobody. */
    private static WorkflowMultiBranchProject project(JenkinsRule j, GogsServer gogs, GogsRepository repo)
            throws Exception {
        WorkflowMultiBranchProject project = j.createProject(WorkflowMultiBranchProject.class, repo.name());
        GogsSCMSource source = new GogsSCMSource(gogs.url(), repo.owner(), repo.name());
        source.setCredentialsId(TOKEN_ID);
        source.setTraits(List.<SCMSourceTrait>of(
                new GogsBranchDiscoveryTrait(GogsBranchDiscoveryTrait.ALL_BRANCHES),
                new GogsForkPullRequestDiscoveryTrait(
                        PullRequestStrategies.HEAD, new GogsForkPullRequestDiscoveryTrait.TrustNobody())));
        project.getSourcesList().add(new BranchSource(source));
        return project;
    }

    private static int lastBuild(WorkflowMultiBranchProject project, String name) {
        WorkflowJob job = project.getItem(name);
        return job == null || job.getLastBuild() == null
                ? 0
                : job.getLastBuild().getNumber();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + WAIT + " for " + what);
            }
            Thread.sleep(200);
        }
    }
}
