package io.jenkins.plugins.gogs.events;

import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.HooksApi;
import io.jenkins.plugins.gogs.client.model.Hook;
import io.jenkins.plugins.gogs.client.model.HookEdit;
import io.jenkins.plugins.gogs.events.RegistrationDecision.Register;
import io.jenkins.plugins.gogs.events.ScmNotice.HeadNotice;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The registration the Jenkins adapter runs, without Jenkins: settings become a decision, the decision's hook is
 * brought about with the plugin's client, the ledger tells when the secret changed, and the hook Gogs then has
 * delivers pushes that the receiver verifies with the server's secret and maps to a branch notice.
 */
@RealGogs
class HookRegistrationAgainstRealGogsTest {

    private static final String SECRET = "jenkins-secret-ü";

    private final List<GogsClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(GogsClient::close);
    }

    @Test
    void registersOneSignedHookThatTurnsPushesIntoBranchNotices(GogsServer gogs, WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("app").withInitialCommit();
        Register register = decide(gogs, hooks, repo);
        HooksApi api = hooksOf(gogs, alice, repo);

        HookRegistrar.Report first = HookRegistrar.ensure(api, register.hook(), SECRET, SecretStatus.UNCHANGED);
        HookRegistrar.Report second = HookRegistrar.ensure(api, register.hook(), SECRET, SecretStatus.UNCHANGED);

        assertThat(first.changed()).isTrue();
        assertThat(second.changed()).isFalse();
        assertThat(api.list()).singleElement().satisfies(hook -> {
            assertThat(hook.url()).isEqualTo(register.hook().url()).endsWith("/jenkins/gogs-hook/post");
            assertThat(hook.contentType()).isEqualTo("json");
            assertThat(Set.copyOf(hook.events())).isEqualTo(HookEvents.FOR_JENKINS);
            assertThat(hook.active()).isTrue();
            assertThat(first.hookId()).isEqualTo(hook.id());
            assertThat(second.hookId()).isEqualTo(hook.id());
        });
        String sha = repo.pushFile("master", "a.txt", "a\n");
        HeadNotice notice = noticeOfPush(gogs, hooks, sha, SECRET);
        assertThat(notice.head()).isEqualTo(new ChangedHead.Branch("master", sha));
        assertThat(notice.repository()).isEqualTo(new RepositoryKey(gogs.url(), alice.name(), "app"));
    }

    @Test
    void repairsAHookChangedInGogsAndDeletesItsDuplicates(GogsServer gogs, WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("repair").withInitialCommit();
        Register register = decide(gogs, hooks, repo);
        HooksApi api = hooksOf(gogs, alice, repo);
        HookRegistrar.ensure(api, register.hook(), SECRET, SecretStatus.UNCHANGED);
        Hook ours = api.list().get(0);
        api.edit(ours.id(), HookEdit.of(ours).withEvents(List.of("push")).withActive(false));
        RealGogsDeliveries.addHook(gogs, repo, register.hook().url(), "json", SECRET, "push");

        HookRegistrar.Report report = HookRegistrar.ensure(api, register.hook(), SECRET, SecretStatus.UNCHANGED);

        assertThat(report.steps())
                .anySatisfy(step -> assertThat(step).startsWith("updated hook " + ours.id()))
                .anySatisfy(step -> assertThat(step).startsWith("deleted hook"));
        assertThat(report.hookId()).isEqualTo(ours.id());
        assertThat(api.list()).singleElement().satisfies(hook -> {
            assertThat(hook.id()).isEqualTo(ours.id());
            assertThat(Set.copyOf(hook.events())).isEqualTo(HookEvents.FOR_JENKINS);
            assertThat(hook.active()).isTrue();
        });
        assertThat(HookRegistrar.ensure(api, register.hook(), SECRET, SecretStatus.UNCHANGED)
                        .changed())
                .isFalse();
    }

    @Test
    void aNewSecretInTheLedgerReplacesTheHook(GogsServer gogs, WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("rotate").withInitialCommit();
        Register register = decide(gogs, hooks, repo);
        HooksApi api = hooksOf(gogs, alice, repo);
        HookLedger ledger = new HookLedger();
        HookRegistrar.ensure(
                api, register.hook(), "old-secret", ledger.secretStatus(register.repository(), "old-secret"));
        ledger.registered(register.repository(), register.hook().url(), "old-secret");
        long oldHook = api.list().get(0).id();

        SecretStatus status = ledger.secretStatus(register.repository(), SECRET);
        HookRegistrar.ensure(api, register.hook(), SECRET, status);

        assertThat(status).isEqualTo(SecretStatus.CHANGED);
        assertThat(api.list())
                .singleElement()
                .satisfies(hook -> assertThat(hook.id()).isNotEqualTo(oldHook));
        String sha = repo.pushFile("master", "b.txt", "b\n");
        assertThat(noticeOfPush(gogs, hooks, sha, SECRET).head()).isEqualTo(new ChangedHead.Branch("master", sha));
    }

    @Test
    void aRefusedDeliveryMarksTheHookStaleAndTheNextRegistrationFixesIt(GogsServer gogs, WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("stale").withInitialCommit();
        Register register = decide(gogs, hooks, repo);
        HooksApi api = hooksOf(gogs, alice, repo);
        HookLedger ledger = new HookLedger();
        // A hook at the plugin's URL from before (another Jenkins, by hand) with a secret Jenkins does not have.
        RealGogsDeliveries.addHook(
                gogs,
                repo,
                register.hook().url(),
                "json",
                "someone-elses",
                HookEvents.FOR_JENKINS.toArray(String[]::new));
        assertThat(HookRegistrar.ensure(
                                api, register.hook(), SECRET, ledger.secretStatus(register.repository(), SECRET))
                        .changed())
                .isFalse();

        String first = repo.pushFile("master", "c.txt", "c\n");
        DeliveryOutcome refused = receive(gogs, awaitPush(hooks, first), SECRET);
        assertThat(refused).isInstanceOfSatisfying(DeliveryOutcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE);
            assertThat(rejected.repository().fullName()).isEqualTo(repo.fullName());
        });
        ledger.markStale(register.repository());
        HookRegistrar.ensure(api, register.hook(), SECRET, ledger.secretStatus(register.repository(), SECRET));

        String second = repo.pushFile("master", "d.txt", "d\n");
        assertThat(noticeOfPush(gogs, hooks, second, SECRET).head())
                .isEqualTo(new ChangedHead.Branch("master", second));
    }

    @Test
    void removesOnlyThePluginsHookAndAgainFindsNothingToDo(GogsServer gogs, WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("remove").withInitialCommit();
        Register register = decide(gogs, hooks, repo);
        HooksApi api = hooksOf(gogs, alice, repo);
        HookRegistrar.ensure(api, register.hook(), SECRET, SecretStatus.UNCHANGED);
        RealGogsDeliveries.addHook(gogs, repo, "http://chat.example.com/notify", "json", "theirs", "push");

        HookRegistrar.Report removed = HookRegistrar.remove(api, register.hook().url());
        HookRegistrar.Report again = HookRegistrar.remove(api, register.hook().url());

        assertThat(removed.changed()).isTrue();
        assertThat(again.changed()).isFalse();
        assertThat(removed.hookId()).isNull();
        assertThat(api.list()).extracting(Hook::url).containsExactly("http://chat.example.com/notify");
    }

    @Test
    void aHookAtTheFormerUrlMovesToTheNewOneAndKeepsItsSecret(GogsServer gogs, WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("moved").withInitialCommit();
        Register register = decide(gogs, hooks, repo);
        HooksApi api = hooksOf(gogs, alice, repo);
        String former = register.hook().formerUrls().iterator().next();
        assertThat(former).endsWith("/jenkins/gogs-webhook/post");
        long id = RealGogsDeliveries.addHook(
                gogs, repo, former, "json", SECRET, HookEvents.FOR_JENKINS.toArray(String[]::new));

        HookRegistrar.Report report = HookRegistrar.ensure(api, register.hook(), SECRET, SecretStatus.UNCHANGED);

        assertThat(report.hookId()).isEqualTo(id);
        assertThat(api.list()).singleElement().satisfies(hook -> {
            assertThat(hook.id()).isEqualTo(id);
            assertThat(hook.url()).isEqualTo(register.hook().url());
        });
        String sha = repo.pushFile("master", "moved.txt", "moved\n");
        assertThat(noticeOfPush(gogs, hooks, sha, SECRET).head()).isEqualTo(new ChangedHead.Branch("master", sha));
        assertThat(HookRegistrar.remove(api, register.hook().url()).changed()).isTrue();
        assertThat(api.list()).isEmpty();
    }

    @Test
    void aTokenWithoutAdminRightsIsToldSo(GogsServer gogs, WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsUser writer = gogs.createUser("writer");
        GogsUser stranger = gogs.createUser("stranger");
        GogsRepository repo = alice.createRepository("guarded").privateRepo().withInitialCommit();
        repo.addCollaborator(writer, "write");
        Register register = decide(gogs, hooks, repo);

        GogsException forbidden = failure(() ->
                HookRegistrar.ensure(hooksOf(gogs, writer, repo), register.hook(), SECRET, SecretStatus.UNCHANGED));
        GogsException hidden = failure(() ->
                HookRegistrar.ensure(hooksOf(gogs, stranger, repo), register.hook(), SECRET, SecretStatus.UNCHANGED));

        assertThat(HookRegistrar.explain(forbidden, register.repository(), "writer-token"))
                .contains("'writer-token'", repo.fullName(), "admin rights");
        assertThat(HookRegistrar.explain(hidden, register.repository(), "stranger-token"))
                .contains("404", repo.fullName(), "cannot see it");
        assertThat(hooksOf(gogs, alice, repo).list()).isEmpty();
    }

    /** The decision for the repository with the receiver standing in for Jenkins at {@code /jenkins/}. */
    private static Register decide(GogsServer gogs, WebhookReceiver hooks, GogsRepository repo) {
        String jenkinsRoot = hooks.url().replaceFirst("/hook$", "/jenkins/");
        RegistrationDecision decision = RegistrationDecision.of(new RegistrationSettings(
                new RepositoryKey(gogs.url(), repo.owner(), repo.name()),
                HookRegistrationMode.SYSTEM,
                true,
                true,
                "admin-token",
                null,
                jenkinsRoot));
        assertThat(decision).isInstanceOf(Register.class);
        Register register = (Register) decision;
        assertThat(register.warning()).hasValueSatisfying(w -> assertThat(w).contains("127.0.0.1"));
        return register;
    }

    private HooksApi hooksOf(GogsServer gogs, GogsUser user, GogsRepository repo) {
        GogsClient client = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token(user.token()))
                .build();
        clients.add(client);
        return client.repo(repo.owner(), repo.name()).hooks();
    }

    private static GogsException failure(Runnable call) {
        List<Throwable> thrown = new ArrayList<>();
        assertThatThrownBy(call::run).isInstanceOf(GogsException.class).satisfies(thrown::add);
        return (GogsException) thrown.get(0);
    }

    private static WebhookDelivery awaitPush(WebhookReceiver hooks, String sha) {
        return hooks.await(
                d -> "push".equals(d.event())
                        && d.path().endsWith("/jenkins/gogs-hook/post")
                        && sha.equals(
                                RealGogsDeliveries.json(d.body()).path("after").asText()),
                WAIT,
                "the push of " + sha);
    }

    private static DeliveryOutcome receive(GogsServer gogs, WebhookDelivery delivery, String secret) {
        return new io.jenkins.plugins.gogs.events.WebhookReceiver()
                .receive(RealGogsDeliveries.request(delivery), RealGogsDeliveries.server(gogs, secret));
    }

    private static HeadNotice noticeOfPush(GogsServer gogs, WebhookReceiver hooks, String sha, String secret) {
        DeliveryOutcome outcome = receive(gogs, awaitPush(hooks, sha), secret);
        assertThat(outcome).isInstanceOf(DeliveryOutcome.Accepted.class);
        DeliveryOutcome.Accepted accepted = (DeliveryOutcome.Accepted) outcome;
        assertThat(accepted.signatureVerified()).isTrue();
        Optional<ScmNotice> notice =
                ScmNotices.of(accepted.event(), accepted.server().url());
        assertThat(notice).containsInstanceOf(HeadNotice.class);
        return (HeadNotice) notice.get();
    }
}
