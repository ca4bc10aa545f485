package io.jenkins.plugins.gogs.trigger;

import static io.jenkins.plugins.gogs.webhook.JenkinsWithGogs.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.plugins.git.BranchSpec;
import hudson.plugins.git.GitSCM;
import hudson.plugins.git.UserRemoteConfig;
import hudson.triggers.SCMTrigger;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import io.jenkins.plugins.gogs.webhook.JenkinsWithGogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;
import org.jenkinsci.plugins.workflow.cps.CpsScmFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.CaptureEnvironmentBuilder;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The push trigger in a real Jenkins, fed with real deliveries of the test Gogs (recorded by a local receiver and
 * replayed, so the test controls the signature): a freestyle job and a pipeline job are built once per signed push,
 * never for a forged one, with the cause, the {@code GOGS_*} variables and the pushed commit; the skip phrase and
 * the branch specifiers keep pushes from building.
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class GogsPushTriggerJenkinsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFreestyleJobIsBuiltOnceForASignedPushAndNeverForAForgedOne(
            JenkinsRule j, GogsServer gogs, WebhookReceiver gogsHooks) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("shop").withInitialCommit();
        JenkinsWithGogs.configure(j, gogs, alice, false);
        // Anonymous users (Gogs) see no job at all: the job is built all the same.
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin"));
        FreeStyleProject job = j.createFreeStyleProject("shop-build");
        job.setScm(new GitSCM(repo.cloneUrl()));
        CaptureEnvironmentBuilder environment = new CaptureEnvironmentBuilder();
        job.getBuildersList().add(environment);
        job.addTrigger(new GogsPushTrigger());
        repo.addHook(gogsHooks.url(), SECRET, "push");
        String before = repo.lsRemote("refs/heads/master").get("refs/heads/master");
        String sha = repo.pushFile("master", "cart.txt", "cart\n");
        WebhookDelivery push = awaitPush(gogsHooks, sha);

        HttpResponse<String> forged = JenkinsWithGogs.replay(j, push, "00".repeat(32));
        settle(j);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(job.getLastBuild()).as("a forged delivery builds nothing").isNull();

        HttpResponse<String> signed = JenkinsWithGogs.replay(j, push, push.signature());
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.body().strip()).isEqualTo("Accepted push");
        JenkinsWithGogs.await(() -> job.getLastBuild() != null, "a build of " + job.getName());
        settle(j);
        HttpResponse<String> again = JenkinsWithGogs.replay(j, push, push.signature());
        settle(j);

        FreeStyleBuild build = j.assertBuildStatusSuccess(job.getLastBuild());
        assertThat(build.getNumber()).as("one delivery, one build").isEqualTo(1);
        assertThat(again.body()).contains("already processed");
        GogsPushCause cause = build.getCause(GogsPushCause.class);
        assertThat(cause).isNotNull();
        assertThat(cause.getShortDescription()).isEqualTo("Started by a push to Gogs by " + alice.name());
        assertThat(cause.getUrl()).isEqualTo(gogs.url() + "/" + repo.fullName() + "/compare/" + before + "..." + sha);
        j.assertLogContains("Started by a push to Gogs by " + alice.name(), build);
        assertThat(environment.getEnvVars())
                .containsEntry("GOGS_REF", "refs/heads/master")
                .containsEntry("GOGS_BEFORE", before)
                .containsEntry("GOGS_AFTER", sha)
                .containsEntry("GOGS_BRANCH", "master")
                .containsEntry("GOGS_TAG", "")
                .containsEntry("GOGS_PUSHER", alice.name())
                .containsEntry("GOGS_REPOSITORY", repo.fullName())
                .containsEntry("GOGS_CLONE_URL", repo.cloneUrl())
                .containsEntry("GOGS_COMPARE_URL", cause.getUrl())
                .containsEntry("GIT_COMMIT", sha);
    }

    @Test
    void onlyPushesTheJobSelectsAndDoesNotSkipBuildIt(JenkinsRule j, GogsServer gogs, WebhookReceiver gogsHooks)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("release").withInitialCommit();
        JenkinsWithGogs.configure(j, gogs, alice, false);
        FreeStyleProject job = j.createFreeStyleProject("release-build");
        job.setScm(new GitSCM(
                List.of(new UserRemoteConfig(repo.cloneUrl(), null, null, null)),
                List.of(new BranchSpec("*/release/*")),
                null,
                null,
                List.of()));
        GogsPushTrigger trigger = new GogsPushTrigger();
        trigger.setBranchFilter("* !release/old-*");
        job.addTrigger(trigger);
        repo.addHook(gogsHooks.url(), SECRET, "push");

        String toMaster = repo.pushCommit("master", "Not a release branch");
        String skipped = repo.pushCommit("release/1.0", "Docs only [skip ci]");
        String filtered = repo.pushCommit("release/old-0.9", "Filtered out");
        String built = repo.pushCommit("release/1.0", "Fix the release");
        for (String sha : new String[] {toMaster, skipped, filtered, built}) {
            WebhookDelivery push = awaitPush(gogsHooks, sha);
            assertThat(JenkinsWithGogs.replay(j, push, push.signature()).statusCode())
                    .isEqualTo(200);
        }
        JenkinsWithGogs.await(() -> job.getLastBuild() != null, "a build of release/1.0");
        settle(j);

        FreeStyleBuild build = j.assertBuildStatusSuccess(job.getLastBuild());
        assertThat(build.getNumber()).as("only the last push builds").isEqualTo(1);
        j.assertLogContains(built, build);
        assertThat(build.getEnvironment(j.createTaskListener()))
                .containsEntry("GOGS_BRANCH", "release/1.0")
                .containsEntry("GOGS_AFTER", built);
    }

    @Test
    void aPipelineJobIsBuiltOnceForASignedPushWithTheCauseTheVariablesAndItsParameterDefaults(
            JenkinsRule j, GogsServer gogs, WebhookReceiver gogsHooks) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("pipeline").withInitialCommit();
        repo.pushFile(
                "master",
                "Jenkinsfile",
                "properties([parameters([string(name: 'GREETING', defaultValue: 'hello')]),"
                        + " pipelineTriggers([gogsPush()])])\n"
                        + "echo \"greeting=${params.GREETING} ref=${env.GOGS_REF} before=${env.GOGS_BEFORE}"
                        + " after=${env.GOGS_AFTER} pusher=${env.GOGS_PUSHER}\"\n");
        JenkinsWithGogs.configure(j, gogs, alice, false);
        WorkflowJob job = j.createProject(WorkflowJob.class, "pipeline-build");
        job.setDefinition(new CpsScmFlowDefinition(new GitSCM(repo.cloneUrl()), "Jenkinsfile"));
        j.buildAndAssertSuccess(job); // the script declares its parameter and the trigger
        assertThat(ParameterizedJobMixIn.getTrigger(job, GogsPushTrigger.class)).isNotNull();
        repo.addHook(gogsHooks.url(), SECRET, "push");
        String before = repo.lsRemote("refs/heads/master").get("refs/heads/master");
        String sha = repo.pushFile("master", "cart.txt", "cart\n");
        WebhookDelivery push = awaitPush(gogsHooks, sha);

        assertThat(JenkinsWithGogs.replay(j, push, "00".repeat(32)).statusCode())
                .isEqualTo(403);
        settle(j);
        assertThat(job.getLastBuild().getNumber())
                .as("a forged delivery builds nothing")
                .isEqualTo(1);
        JenkinsWithGogs.replay(j, push, push.signature());
        JenkinsWithGogs.await(() -> job.getLastBuild().getNumber() == 2, "a build of the push");
        settle(j);

        WorkflowRun run = j.assertBuildStatusSuccess(job.getBuildByNumber(2));
        assertThat(job.getLastBuild().getNumber()).as("one delivery, one build").isEqualTo(2);
        assertThat(run.getCause(GogsPushCause.class)).isNotNull();
        j.assertLogContains("Started by a push to Gogs by " + alice.name(), run);
        j.assertLogContains(
                "greeting=hello ref=refs/heads/master before=" + before + " after=" + sha + " pusher=" + alice.name(),
                run);
    }

    @Test
    void jobsThatPollArePolledAtOnceUnlessTheyIgnorePostCommitHooks(
            JenkinsRule j, GogsServer gogs, WebhookReceiver gogsHooks) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("polled").withInitialCommit();
        JenkinsWithGogs.configure(j, gogs, alice, false);
        FreeStyleProject polling = pollingJob(j, "polling", repo, false);
        FreeStyleProject ignoring = pollingJob(j, "ignoring", repo, true);
        repo.addHook(gogsHooks.url(), SECRET, "push");
        String sha = repo.pushFile("master", "polled.txt", "polled\n");
        WebhookDelivery push = awaitPush(gogsHooks, sha);

        JenkinsWithGogs.replay(j, push, push.signature());
        JenkinsWithGogs.await(() -> polling.getLastBuild() != null, "a build after polling");
        settle(j);

        FreeStyleBuild build = j.assertBuildStatusSuccess(polling.getLastBuild());
        assertThat(build.getCause(GogsPushCause.class))
                .as("started by polling, not by the push trigger")
                .isNull();
        assertThat(build.getEnvironment(j.createTaskListener())).containsEntry("GIT_COMMIT", sha);
        assertThat(ignoring.getLastBuild()).isNull();
    }

    private static FreeStyleProject pollingJob(JenkinsRule j, String name, GogsRepository repo, boolean ignoreHooks)
            throws Exception {
        FreeStyleProject job = j.createFreeStyleProject(name);
        job.setScm(new GitSCM(repo.cloneUrl()));
        SCMTrigger trigger = new SCMTrigger(""); // no schedule: hooks only
        trigger.setIgnorePostCommitHooks(ignoreHooks);
        job.addTrigger(trigger);
        trigger.start(job, true);
        return job;
    }

    /** The push whose new commit is {@code sha} (a push of a new branch lists older commits too). */
    private static WebhookDelivery awaitPush(WebhookReceiver gogsHooks, String sha) {
        return gogsHooks.await(
                d -> "push".equals(d.event()) && sha.equals(after(d)), Duration.ofSeconds(30), "the push of " + sha);
    }

    private static String after(WebhookDelivery delivery) {
        try {
            return JSON.readTree(delivery.body()).path("after").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deliveries are handed to the jobs in the background, and nothing signals that a job was left alone: wait for
     * the queue, give the background a moment, and wait again.
     */
    private static void settle(JenkinsRule j) throws Exception {
        j.waitUntilNoActivity();
        Thread.sleep(2000);
        j.waitUntilNoActivity();
    }
}
