package io.jenkins.plugins.gogs.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.FreeStyleProject;
import hudson.plugins.git.GitSCM;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.events.HookEndpoint;
import io.jenkins.plugins.gogs.events.HookLedger;
import io.jenkins.plugins.gogs.events.SecretStatus;
import io.jenkins.plugins.gogs.events.SignatureRefusals;
import io.jenkins.plugins.gogs.events.WebhookProblems;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import io.jenkins.plugins.gogs.trigger.GogsPushTrigger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import jenkins.branch.BranchSource;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Forged deliveries through the real endpoint: the server is configured with a webhook secret, the deliveries name
 * it and repositories nobody builds, with a wrong signature or none. Neither the hook ledger's file nor the admin
 * monitor changes; a repository a project builds from is still marked stale, once. And the ledger is saved from a
 * snapshot while timer threads change it. No Gogs needed: the payloads are written here. Runs only in the real
 * build.
 */
@WithJenkins
@Tag("needs-jenkins")
class ForgedDeliveriesJenkinsTest {

    private static final String SERVER = "https://gogs.example.com";
    private static final String ALIAS = "https://gogs.internal:3000";
    private static final String SECRET = "the-real-secret";
    private static final String ENDPOINT = "https://ci.example.com/" + HookEndpoint.PATH;
    private static final int FORGERIES = 300;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private JenkinsRule j;

    @BeforeEach
    void configure(JenkinsRule rule) throws Exception {
        j = rule;
        SystemCredentialsProvider credentials = SystemCredentialsProvider.getInstance();
        credentials
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, "hook-secret", "webhook secret", Secret.fromString(SECRET)));
        credentials.save();
        GogsServer server = new GogsServer(SERVER);
        server.setWebhookSecretCredentialsId("hook-secret");
        server.setManageHooks(false);
        GogsConfiguration.get().setServers(List.of(server));
    }

    @Test
    void forgeriesForRepositoriesNobodyBuildsRewriteNothingAndShowNothing() throws Exception {
        RepositoryKey registered = new RepositoryKey(SERVER, "acme", "registered");
        HookLedgerStore.ledger().registered(registered, ENDPOINT, SECRET);
        HookLedgerStore.save();
        Path file = HookLedgerStore.file().getFile().toPath();
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        List<WebhookProblems.Problem> monitor = GogsWebhookMonitor.problems().list();
        Set<String> answers = new HashSet<>();

        for (int i = 0; i < FORGERIES; i++) {
            HttpResponse<String> answer =
                    post("mallory-" + i, "invented-" + i, "d" + i, i % 2 == 0 ? null : "00".repeat(32));
            assertThat(answer.statusCode()).isEqualTo(403);
            answers.add(answer.body());
        }

        assertThat(answers)
                .as("the unsigned and the wrong-signature answer, nothing else")
                .hasSize(2);
        assertThat(Files.readAllBytes(file)).as("the ledger file").isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(HookLedgerStore.ledger().size()).isEqualTo(1);
        assertThat(GogsWebhookMonitor.problems().list()).as("the admin monitor").isEqualTo(monitor);
    }

    @Test
    void aRefusedDeliveryForARepositoryAProjectBuildsMarksItStaleOnce() throws Exception {
        WorkflowMultiBranchProject project = j.jenkins.createProject(WorkflowMultiBranchProject.class, "built");
        project.getSourcesList().add(new BranchSource(new GogsSCMSource(SERVER, "acme", "built")));
        RepositoryKey built = new RepositoryKey(SERVER, "acme", "built");

        HttpResponse<String> first = post("acme", "built", "b1", "00".repeat(32));
        byte[] afterFirst = Files.readAllBytes(HookLedgerStore.file().getFile().toPath());
        HttpResponse<String> second = post("acme", "built", "b2", "00".repeat(32));

        assertThat(first.statusCode()).isEqualTo(second.statusCode()).isEqualTo(403);
        assertThat(HookLedgerStore.ledger().secretStatus(built, SECRET)).isEqualTo(SecretStatus.CHANGED);
        assertThat(Files.readAllBytes(HookLedgerStore.file().getFile().toPath()))
                .as("already stale: not written again")
                .isEqualTo(afterFirst);
        assertThat(GogsWebhookMonitor.problems().list())
                .filteredOn(p -> p.subject().equals(SignatureRefusals.subject()))
                .singleElement()
                .satisfies(p -> assertThat(p.repository()).isEqualTo(built.toString()));
    }

    @Test
    void aProjectThatNamesTheServerByItsAliasUrlBuildsFromTheSameRepository() throws Exception {
        // Gogs writes its EXTERNAL_URL (here SERVER) into payloads; the project was set up with the alias URL.
        GogsServer server = new GogsServer(SERVER);
        server.setAliasUrl(ALIAS);
        server.setWebhookSecretCredentialsId("hook-secret");
        server.setManageHooks(false);
        GogsConfiguration.get().setServers(List.of(server));
        WorkflowMultiBranchProject project = j.jenkins.createProject(WorkflowMultiBranchProject.class, "aliased");
        project.getSourcesList().add(new BranchSource(new GogsSCMSource(ALIAS, "acme", "aliased")));
        RepositoryKey aliased = new RepositoryKey(SERVER, "acme", "aliased");

        HttpResponse<String> refused = post("acme", "aliased", "a1", "00".repeat(32));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(HookLedgerStore.ledger().secretStatus(aliased, SECRET))
                .as("marked stale on the configured server's URL")
                .isEqualTo(SecretStatus.CHANGED);
        assertThat(GogsWebhookMonitor.problems().list())
                .filteredOn(p -> p.subject().equals(SignatureRefusals.subject()))
                .singleElement()
                .satisfies(p -> assertThat(p.repository()).isEqualTo(aliased.toString()));
    }

    @Test
    void aRefusedDeliveryForARepositoryAJobWithThePushTriggerBuildsCountsAsManaged() throws Exception {
        RepositoryKey pushed = new RepositoryKey(SERVER, "acme", "pushed");
        HttpResponse<String> before = post("acme", "pushed", "p0", "00".repeat(32));
        assertThat(HookLedgerStore.ledger().knows(pushed))
                .as("no job builds it yet")
                .isFalse();

        FreeStyleProject job = j.createFreeStyleProject("plain");
        job.setScm(new GitSCM(SERVER + "/acme/pushed.git"));
        job.addTrigger(new GogsPushTrigger()); // saves the job: the index of managed repositories is rebuilt
        HttpResponse<String> after = post("acme", "pushed", "p1", "00".repeat(32));

        assertThat(before.statusCode()).isEqualTo(after.statusCode()).isEqualTo(403);
        assertThat(before.body()).isEqualTo(after.body());
        assertThat(HookLedgerStore.ledger().secretStatus(pushed, SECRET)).isEqualTo(SecretStatus.CHANGED);
        assertThat(GogsWebhookMonitor.problems().list())
                .filteredOn(p -> p.subject().equals(SignatureRefusals.subject()))
                .singleElement()
                .satisfies(p -> assertThat(p.repository()).isEqualTo(pushed.toString()));
    }

    @Test
    void theLedgerIsSavedWhileTimerThreadsRegisterAndRemoveHooks() throws Exception {
        int writers = 4;
        int kept = 500;
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                String owner = "owner" + w;
                work.add(pool.submit(() -> {
                    HookLedger ledger = HookLedgerStore.ledger();
                    for (int i = 0; !stop.get() || i < kept; i++) { // entries come and go, the last `kept` stay
                        ledger.registered(new RepositoryKey(SERVER, owner, "r" + i), ENDPOINT, SECRET);
                        if (i >= kept) {
                            ledger.forget(new RepositoryKey(SERVER, owner, "r" + (i - kept)));
                        }
                    }
                }));
            }
            for (int save = 0; save < 30; save++) {
                HookLedgerStore.save(); // wrote the live map: ConcurrentModificationException, or a torn file
            }
            stop.set(true);
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        HookLedgerStore.save();

        Object stored = HookLedgerStore.file().read();
        assertThat(stored).isInstanceOfSatisfying(HookLedger.class, ledger -> {
            assertThat(ledger.size()).isEqualTo(HookLedgerStore.ledger().size()).isEqualTo(writers * kept);
        });
    }

    /** A push delivery for {@code owner/name} on the configured server, with the signature given (none when null). */
    private HttpResponse<String> post(String owner, String name, String deliveryId, String signature) throws Exception {
        String json = ("{\"ref\": \"refs/heads/main\", \"before\": \"%3$s\", \"after\": \"%4$s\", \"repository\": "
                        + "{\"id\": 1, \"name\": \"%2$s\", \"full_name\": \"%1$s/%2$s\", "
                        + "\"html_url\": \"" + SERVER
                        + "/%1$s/%2$s\", \"owner\": {\"id\": 1, \"username\": \"%1$s\"}}}")
                .formatted(owner, name, "1".repeat(40), "2".repeat(40));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(j.getURL() + HookEndpoint.PATH))
                .header("Content-Type", "application/json")
                .header("X-Gogs-Event", "push")
                .header("X-Gogs-Delivery", deliveryId)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Gogs-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
