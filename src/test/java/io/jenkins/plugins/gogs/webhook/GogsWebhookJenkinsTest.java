package io.jenkins.plugins.gogs.webhook;

import static io.jenkins.plugins.gogs.webhook.JenkinsWithGogs.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The receiving endpoint in a real Jenkins, fed with real deliveries of the test Gogs (recorded by a local receiver
 * and replayed, so the test controls the signature): signed pushes build, unsigned ones are refused, answers do
 * not depend on which jobs exist, and only {@code /gogs-hook/post} is exempt from crumbs.
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class GogsWebhookJenkinsTest {

    @Test
    void aSignedPushBuildsTheBranchAndAnUnsignedOneIsRefused(JenkinsRule j, GogsServer gogs, WebhookReceiver gogsHooks)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("app").withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", "echo 'built by Jenkins'\n");
        JenkinsWithGogs.configure(j, gogs, alice, false);
        WorkflowMultiBranchProject project = JenkinsWithGogs.project(j, gogs, repo);
        JenkinsWithGogs.scan(j, project);
        int before = JenkinsWithGogs.lastBuild(project, "master");
        assertThat(before).as("the first scan builds master").isPositive();
        repo.addHook(gogsHooks.url(), SECRET, "push");
        String sha = repo.pushFile("master", "change.txt", "changed\n");
        WebhookDelivery push = gogsHooks.await(
                d -> "push".equals(d.event()) && d.bodyAsString().contains(sha),
                Duration.ofSeconds(30),
                "the push of " + sha);

        HttpResponse<String> unsigned = JenkinsWithGogs.replay(j, push, null);
        j.waitUntilNoActivity();
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(unsigned.body()).startsWith("Unsigned delivery");
        assertThat(JenkinsWithGogs.lastBuild(project, "master")).isEqualTo(before);

        HttpResponse<String> signed = JenkinsWithGogs.replay(j, push, push.signature());
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.body().strip()).isEqualTo("Accepted push");
        JenkinsWithGogs.await(() -> JenkinsWithGogs.lastBuild(project, "master") > before, "a build of master");
        j.waitUntilNoActivity();
        WorkflowRun run = project.getItem("master").getBuildByNumber(before + 1);
        j.assertBuildStatusSuccess(run);
        j.assertLogContains("built by Jenkins", run);
        assertThat(JenkinsWithGogs.lastBuild(project, "master"))
                .as("one push, one build")
                .isEqualTo(before + 1);
    }

    @Test
    void theAnswerIsTheSameForARepositoryWithAndWithoutAJob(JenkinsRule j, GogsServer gogs, WebhookReceiver gogsHooks)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository built = alice.createRepository("built").withInitialCommit();
        GogsRepository unknown = alice.createRepository("unknown").withInitialCommit();
        JenkinsWithGogs.configure(j, gogs, alice, false);
        JenkinsWithGogs.project(j, gogs, built);
        built.addHook(gogsHooks.url(), SECRET, "push");
        unknown.addHook(gogsHooks.url(), SECRET, "push");
        String builtSha = built.pushFile("master", "a.txt", "a\n");
        String unknownSha = unknown.pushFile("master", "a.txt", "a\n");
        WebhookDelivery toJob =
                gogsHooks.await(d -> d.bodyAsString().contains(builtSha), Duration.ofSeconds(30), "push 1");
        WebhookDelivery toNoJob =
                gogsHooks.await(d -> d.bodyAsString().contains(unknownSha), Duration.ofSeconds(30), "push 2");

        HttpResponse<String> withJob = JenkinsWithGogs.replay(j, toJob, toJob.signature());
        HttpResponse<String> withoutJob = JenkinsWithGogs.replay(j, toNoJob, toNoJob.signature());
        HttpResponse<String> forgedWithJob = JenkinsWithGogs.replay(j, toJob, "00".repeat(32));
        HttpResponse<String> forgedWithoutJob = JenkinsWithGogs.replay(j, toNoJob, "00".repeat(32));

        assertThat(withJob.statusCode()).isEqualTo(withoutJob.statusCode()).isEqualTo(200);
        assertThat(withJob.body()).isEqualTo(withoutJob.body());
        assertThat(forgedWithJob.statusCode())
                .isEqualTo(forgedWithoutJob.statusCode())
                .isEqualTo(403);
        assertThat(forgedWithJob.body()).isEqualTo(forgedWithoutJob.body());
        assertThat(withJob.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    }

    @Test
    void onlyTheDeliveryPathIsExemptFromCrumbs(JenkinsRule j) throws Exception {
        Map<String, String> json = Map.of("Content-Type", "application/json");

        HttpResponse<String> delivery = JenkinsWithGogs.anonymous(j, "POST", "gogs-hook/post", json);
        HttpResponse<String> get = JenkinsWithGogs.anonymous(j, "GET", "gogs-hook/post", Map.of());
        HttpResponse<String> trailingSlash = JenkinsWithGogs.anonymous(j, "POST", "gogs-hook/post/", json);
        HttpResponse<String> otherPath = JenkinsWithGogs.anonymous(j, "POST", "gogs-hook/other", json);
        HttpResponse<String> elsewhere = JenkinsWithGogs.anonymous(j, "POST", "manage/reload", json);
        HttpResponse<String> formerPath = JenkinsWithGogs.anonymous(j, "POST", "gogs-webhook/post", json);

        // Past the crumb filter: the receiver answers (no X-Gogs-Event), not Jenkins' crumb check.
        assertThat(delivery.statusCode()).isEqualTo(400);
        assertThat(delivery.body()).doesNotContainIgnoringCase("crumb");
        assertThat(get.statusCode()).isEqualTo(405);
        for (HttpResponse<String> refused : List.of(trailingSlash, otherPath, elsewhere, formerPath)) {
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(403);
            assertThat(refused.body()).as(refused.uri().toString()).containsIgnoringCase("crumb");
        }
    }
}
