package io.jenkins.plugins.gogs.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hudson.ExtensionList;
import hudson.model.FreeStyleProject;
import hudson.model.listeners.ItemListener;
import hudson.plugins.git.GitSCM;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.events.HookEvents;
import io.jenkins.plugins.gogs.events.HookStatuses;
import io.jenkins.plugins.gogs.events.WebhookProblems;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.notify.GogsRebuildCommentTrait;
import io.jenkins.plugins.gogs.scm.GogsBranchDiscoveryTrait;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import io.jenkins.plugins.gogs.trigger.GogsPushCause;
import io.jenkins.plugins.gogs.trigger.GogsPushTrigger;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.LogRecorder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The whole loop in a real Jenkins with the test Gogs (whose {@code LOCAL_NETWORK_ALLOWLIST} lets it deliver to the
 * test Jenkins on localhost): saving a multibranch project registers one signed hook, a push to Gogs then builds
 * the branch without any scan, the localhost Jenkins URL is reported to the admin monitor, and deleting the project
 * removes the hook.
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class GogsHookRegistrationJenkinsTest {

    @Test
    void aSavedProjectGetsItsHookAPushBuildsAndDeletingTheProjectRemovesTheHook(JenkinsRule j, GogsServer gogs)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("hooked").withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", "echo 'hooked build'\n");
        JenkinsWithGogs.configure(j, gogs, alice, true);
        String endpoint = j.getURL() + "gogs-hook/post";
        WorkflowMultiBranchProject project = JenkinsWithGogs.project(j, gogs, repo);

        ItemListener.fireOnUpdated(project); // what saving the configuration page does
        JenkinsWithGogs.await(() -> hookUrls(gogs, alice, repo).contains(endpoint), "the hook at " + endpoint);
        JenkinsWithGogs.scan(j, project);
        int before = JenkinsWithGogs.lastBuild(project, "master");
        repo.pushFile("master", "change.txt", "changed\n");

        JenkinsWithGogs.await(
                () -> JenkinsWithGogs.lastBuild(project, "master") > before, "a build started by the hook");
        j.waitUntilNoActivity();
        assertThat(hooks(gogs, alice, repo)).singleElement().satisfies(hook -> {
            assertThat(hook.path("config").path("content_type").asText()).isEqualTo("json");
            assertThat(events(hook)).isEqualTo(HookEvents.FOR_JENKINS);
        });
        WebhookProblems.Problem localhost =
                ExtensionList.lookupSingleton(GogsWebhookMonitor.class).getProblems().stream()
                        .filter(p -> p.subject().equals(project.getFullName()))
                        .findFirst()
                        .orElseThrow();
        assertThat(localhost.repository()).endsWith(repo.fullName());
        assertThat(localhost.message()).contains("LOCAL_NETWORK_ALLOWLIST");

        project.delete();
        JenkinsWithGogs.await(() -> !hookUrls(gogs, alice, repo).contains(endpoint), "the hook to be removed");
    }

    @Test
    void theHookStaysWhileAnotherProjectBuildsTheRepository(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("shared").withInitialCommit();
        JenkinsWithGogs.configure(j, gogs, alice, true);
        String endpoint = j.getURL() + "gogs-hook/post";
        WorkflowMultiBranchProject first = JenkinsWithGogs.project(j, gogs, repo);
        WorkflowMultiBranchProject second = JenkinsWithGogs.project(j, gogs, repo, "second");
        ItemListener.fireOnUpdated(first);
        ItemListener.fireOnUpdated(second);
        JenkinsWithGogs.await(() -> hookUrls(gogs, alice, repo).contains(endpoint), "the hook");

        first.delete();
        j.waitUntilNoActivity();
        Thread.sleep(1000); // give a wrong removal, if any, the time to happen: nothing signals "did nothing"
        assertThat(hookUrls(gogs, alice, repo)).containsExactly(endpoint);

        second.delete();
        JenkinsWithGogs.await(
                () -> hookUrls(gogs, alice, repo).isEmpty(), "the hook to be removed with the last project");
    }

    @Test
    void aHookRegisteredAtTheFormerUrlMovesToTheNewOneAtTheNextSave(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("upgraded").withInitialCommit();
        JenkinsWithGogs.configure(j, gogs, alice, true);
        String endpoint = j.getURL() + "gogs-hook/post";
        long former = repo.addHook(j.getURL() + "gogs-webhook/post", JenkinsWithGogs.SECRET, "push");
        WorkflowMultiBranchProject project = JenkinsWithGogs.project(j, gogs, repo);

        ItemListener.fireOnUpdated(project);

        JenkinsWithGogs.await(() -> hookUrls(gogs, alice, repo).equals(List.of(endpoint)), "the hook moved");
        assertThat(hooks(gogs, alice, repo))
                .singleElement()
                .satisfies(hook -> assertThat(hook.path("id").asLong()).isEqualTo(former));
    }

    @Test
    void aHookTheLedgerKnowsAtTheFormerUrlMovesAtTheNextScan(JenkinsRule j, GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("scanned").withInitialCommit();
        repo.pushFile("master", "Jenkinsfile", "echo 'scanned'\n");
        JenkinsWithGogs.configure(j, gogs, alice, true);
        String endpoint = j.getURL() + "gogs-hook/post";
        String formerUrl = j.getURL() + "gogs-webhook/post";
        repo.addHook(formerUrl, JenkinsWithGogs.SECRET, "push");
        // What an earlier version left: its ledger says the hook is at the former URL.
        HookLedgerStore.ledger()
                .registered(
                        new io.jenkins.plugins.gogs.servers.RepositoryKey(gogs.url(), repo.owner(), repo.name()),
                        formerUrl,
                        JenkinsWithGogs.SECRET);
        WorkflowMultiBranchProject project = JenkinsWithGogs.project(j, gogs, repo);

        JenkinsWithGogs.scan(j, project);

        JenkinsWithGogs.await(() -> hookUrls(gogs, alice, repo).equals(List.of(endpoint)), "the hook moved");
    }

    @Test
    void aJobWithThePushTriggerGetsTheHookOfItsRepositoryUntilTheLastItemUsingItGoes(JenkinsRule j, GogsServer gogs)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("plain").withInitialCommit();
        JenkinsWithGogs.configure(j, gogs, alice, true);
        String endpoint = j.getURL() + "gogs-hook/post";
        String ssh = "git@" + URI.create(gogs.url()).getHost() + ":" + repo.fullName() + ".git";
        FreeStyleProject withoutTrigger = j.createFreeStyleProject("polls");
        withoutTrigger.setScm(new GitSCM(repo.cloneUrl()));
        ItemListener.fireOnUpdated(withoutTrigger);
        j.waitUntilNoActivity();
        Thread.sleep(1000); // nothing signals "registered nothing"
        assertThat(hookUrls(gogs, alice, repo)).as("no trigger, no hook").isEmpty();

        FreeStyleProject first = j.createFreeStyleProject("first");
        first.setScm(new GitSCM(repo.cloneUrl()));
        first.addTrigger(new GogsPushTrigger());
        ItemListener.fireOnUpdated(first); // what saving the configuration page does
        JenkinsWithGogs.await(() -> hookUrls(gogs, alice, repo).contains(endpoint), "the hook at " + endpoint);
        FreeStyleProject second = j.createFreeStyleProject("second");
        second.setScm(new GitSCM(ssh)); // another spelling of the same repository
        GogsPushTrigger releasesOnly = new GogsPushTrigger();
        releasesOnly.setBranchFilter("release/*"); // uses the repository, but is not built here (no SSH to clone)
        second.addTrigger(releasesOnly);
        ItemListener.fireOnUpdated(second);
        WorkflowMultiBranchProject project = JenkinsWithGogs.project(j, gogs, repo);
        ItemListener.fireOnUpdated(project);
        j.waitUntilNoActivity();
        Thread.sleep(1000);
        assertThat(hookUrls(gogs, alice, repo)).as("one hook serves them all").containsExactly(endpoint);

        String sha = repo.pushFile("master", "hooked.txt", "hooked\n");
        JenkinsWithGogs.await(() -> first.getLastBuild() != null, "a build of the push through the hook");
        j.waitUntilNoActivity();
        j.assertBuildStatusSuccess(first.getLastBuild());
        assertThat(first.getLastBuild().getCause(GogsPushCause.class)).isNotNull();
        j.assertLogContains(sha, first.getLastBuild());

        first.delete();
        project.delete();
        j.waitUntilNoActivity();
        Thread.sleep(1000);
        assertThat(hookUrls(gogs, alice, repo))
                .as("the second job still uses it")
                .containsExactly(endpoint);
        second.delete();
        JenkinsWithGogs.await(() -> hookUrls(gogs, alice, repo).isEmpty(), "the hook to be removed with the last job");
    }

    @Test
    void savingAJobWithThePushTriggerKeepsTheCommentEventAProjectOfTheRepositoryAsksFor(JenkinsRule j, GogsServer gogs)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("commented").withInitialCommit();
        JenkinsWithGogs.configure(j, gogs, alice, true);
        WorkflowMultiBranchProject project = JenkinsWithGogs.project(j, gogs, repo);
        GogsSCMSource source = (GogsSCMSource) project.getSCMSources().get(0);
        source.setTraits(List.of(
                new GogsBranchDiscoveryTrait(GogsBranchDiscoveryTrait.ALL_BRANCHES),
                new GogsRebuildCommentTrait(null)));
        ItemListener.fireOnUpdated(project);
        Set<String> withComments = new HashSet<>(HookEvents.FOR_JENKINS);
        withComments.add(HookEvents.ISSUE_COMMENT);
        JenkinsWithGogs.await(
                () -> hooks(gogs, alice, repo).stream()
                        .map(GogsHookRegistrationJenkinsTest::events)
                        .toList()
                        .equals(List.of(withComments)),
                "the project's hook with the issue_comment event");

        FreeStyleProject job = j.createFreeStyleProject("plain");
        job.setScm(new GitSCM(repo.cloneUrl()));
        job.addTrigger(new GogsPushTrigger());
        ItemListener.fireOnUpdated(job); // registers the hook of the repository again, forced
        RepositoryKey key = new RepositoryKey(gogs.url(), repo.owner(), repo.name());
        JenkinsWithGogs.await(
                () -> HookRegistrations.statuses().lookup(key).orElse(null) instanceof HookStatuses.Registered done
                        && done.subject().equals(job.getFullName()),
                "the registration for " + job.getFullName());

        assertThat(hooks(gogs, alice, repo))
                .as("one hook serves the project and the job: it keeps what the project asks for")
                .singleElement()
                .satisfies(hook -> assertThat(events(hook)).isEqualTo(withComments));
    }

    @Test
    void aRefusedRegistrationIsNotRepeatedAtEveryBuildOfAJobWithThePushTrigger(JenkinsRule j, GogsServer gogs)
            throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("refused").withInitialCommit();
        JenkinsWithGogs.configure(j, gogs, alice, true);
        io.jenkins.plugins.gogs.config.GogsServer noCredential =
                new io.jenkins.plugins.gogs.config.GogsServer(gogs.url());
        noCredential.setWebhookSecretCredentialsId(JenkinsWithGogs.SECRET_ID);
        noCredential.setManageHooks(true); // hooks to be managed, but no credential to manage them with
        GogsConfiguration.get().setServers(List.of(noCredential));
        FreeStyleProject job = j.createFreeStyleProject("refused");
        job.setScm(new GitSCM(repo.cloneUrl()));
        job.addTrigger(new GogsPushTrigger());

        try (LogRecorder warnings = new LogRecorder()
                .quiet()
                .record(HookRegistrations.class, Level.WARNING)
                .capture(100)) {
            j.buildAndAssertSuccess(job);
            long afterFirst = refusals(warnings, repo);
            j.buildAndAssertSuccess(job);
            j.buildAndAssertSuccess(job);

            assertThat(afterFirst).as("the refusal is said").isPositive();
            assertThat(refusals(warnings, repo))
                    .as("and not again while the job's repositories stay the same")
                    .isEqualTo(afterFirst);
        }
    }

    private static long refusals(LogRecorder warnings, GogsRepository repo) {
        return warnings.getMessages().stream()
                .filter(m -> m.contains(repo.fullName()))
                .count();
    }

    private static List<JsonNode> hooks(GogsServer gogs, GogsUser user, GogsRepository repo) {
        List<JsonNode> hooks = new ArrayList<>();
        gogs.http().get(repo.apiPath() + "/hooks", user.token()).forEach(hooks::add);
        return hooks;
    }

    private static Set<String> events(JsonNode hook) {
        Set<String> events = new HashSet<>();
        hook.path("events").forEach(e -> events.add(e.asText()));
        return events;
    }

    private static List<String> hookUrls(GogsServer gogs, GogsUser user, GogsRepository repo) {
        return hooks(gogs, user, repo).stream()
                .map(h -> h.path("config").path("url").asText())
                .toList();
    }
}
