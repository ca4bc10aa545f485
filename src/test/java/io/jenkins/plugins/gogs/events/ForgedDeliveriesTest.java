package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Anyone can post a delivery naming the configured server and any repository, with a bad signature or none: the
 * receiver refuses it, and what the refusal may change (the hook ledger, the admin monitor) changes only for a
 * repository the plugin manages. Here through the receiver and the refusal handling as the endpoint runs them.
 */
class ForgedDeliveriesTest {

    private static final String SERVER = "https://gogs.example.com";
    private static final String SECRET_TEXT = "the-real-secret";
    private static final HookSecret SECRET = HookSecret.of(SECRET_TEXT);
    private static final String ENDPOINT = HookEndpoint.forJenkinsRoot("https://ci.example.com/");
    private static final int FORGERIES = 10_000;
    private static final RepositoryKey REGISTERED = new RepositoryKey(SERVER, "acme", "registered");
    private static final RepositoryKey BUILT = new RepositoryKey(SERVER, "acme", "built");

    private final WebhookReceiver receiver = new WebhookReceiver();
    private final ServerLookup servers = repository ->
            repository.isOnServer(SERVER) ? Optional.of(new KnownServer(SERVER, SECRET)) : Optional.empty();
    private final HookLedger ledger = new HookLedger();
    private final WebhookProblems problems = new WebhookProblems();
    private final AtomicInteger saves = new AtomicInteger();
    private final AtomicInteger managedQuestions = new AtomicInteger();
    private final SignatureRefusals refusals = new SignatureRefusals(
            ledger,
            problems,
            repository -> {
                managedQuestions.incrementAndGet();
                return repository.equals(BUILT);
            },
            saves::incrementAndGet);

    @Test
    void tenThousandForgeriesForInventedRepositoriesChangeNothingAndGetTheSameAnswer() {
        ledger.registered(REGISTERED, ENDPOINT, SECRET_TEXT);
        HookLedger before = ledger.snapshot();
        List<WebhookProblems.Problem> monitorBefore = problems.list();
        Set<String> answers = new HashSet<>();
        Set<Integer> statuses = new HashSet<>();

        for (int i = 0; i < FORGERIES; i++) {
            String signature = i % 2 == 0 ? "" : "00".repeat(32); // missing, then wrong
            DeliveryOutcome outcome =
                    receiver.receive(push("mallory-" + i, "invented-" + i, "d" + i, signature), servers);
            assertThat(refusals.after(outcome, servers)).isEmpty();
            answers.add(outcome.httpStatus() + " " + outcome.message());
            statuses.add(outcome.httpStatus());
        }

        assertThat(statuses).containsExactly(403);
        assertThat(answers)
                .as("one answer per kind of refusal, none naming the repository")
                .hasSize(2);
        assertThat(answers).allSatisfy(a -> assertThat(a).doesNotContain("invented"));
        assertThat(saves).as("nothing written").hasValue(0);
        assertThat(ledger.size())
                .as("no ledger entry per forgery")
                .isEqualTo(before.size())
                .isEqualTo(1);
        assertThat(ledger.isCurrent(REGISTERED, ENDPOINT, SECRET_TEXT)).isTrue();
        assertThat(problems.list())
                .as("the admin monitor")
                .isEqualTo(monitorBefore)
                .isEmpty();
        assertThat(managedQuestions).as("every forgery was checked").hasValue(FORGERIES);
    }

    @Test
    void aRefusedDeliveryOfAManagedRepositoryMarksItStaleOnceAndShowsItOnce() {
        ledger.registered(REGISTERED, ENDPOINT, SECRET_TEXT);

        for (int i = 0; i < 100; i++) {
            refusals.after(receiver.receive(push("acme", "registered", "r" + i, ""), servers), servers);
            refusals.after(receiver.receive(push("ACME", "Built", "b" + i, "00".repeat(32)), servers), servers);
        }

        assertThat(ledger.secretStatus(REGISTERED, SECRET_TEXT)).isEqualTo(SecretStatus.CHANGED);
        assertThat(ledger.secretStatus(BUILT, SECRET_TEXT)).isEqualTo(SecretStatus.CHANGED);
        assertThat(ledger.size()).isEqualTo(2);
        assertThat(saves).as("one write per repository that became stale").hasValue(2);
        assertThat(problems.list())
                .extracting(WebhookProblems.Problem::subject, WebhookProblems.Problem::repository)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SignatureRefusals.subject(), REGISTERED.toString()),
                        org.assertj.core.groups.Tuple.tuple(
                                SignatureRefusals.subject(), SERVER + "/ACME/Built")); // as the delivery spells it
        assertThat(problems.list().get(0).message()).contains("Save an item built from this repository");
    }

    @Test
    void aSignedDeliveryOrAnotherServerChangesNothingEither() {
        byte[] body = body("acme", "built");
        String signed = WebhookSignature.sign(SECRET, body);

        DeliveryOutcome accepted =
                receiver.receive(new WebhookRequest("push", "s1", signed, "application/json", body), servers);
        DeliveryOutcome elsewhere = receiver.receive(
                new WebhookRequest(
                        "push", "s2", "", "application/json", body("acme", "built", "https://other.example.com")),
                servers);

        assertThat(refusals.after(accepted, servers)).isEmpty();
        assertThat(refusals.after(elsewhere, servers)).isEmpty();
        assertThat(ledger.size()).isZero();
        assertThat(problems.isEmpty()).isTrue();
    }

    private static WebhookRequest push(String owner, String name, String deliveryId, String signature) {
        return new WebhookRequest("push", deliveryId, signature, "application/json", body(owner, name));
    }

    private static byte[] body(String owner, String name) {
        return body(owner, name, SERVER);
    }

    private static byte[] body(String owner, String name, String server) {
        return ("""
                {
                  "ref": "refs/heads/main",
                  "before": "1111111111111111111111111111111111111111",
                  "after": "2222222222222222222222222222222222222222",
                  "repository": {"id": 1, "name": "%2$s", "full_name": "%1$s/%2$s", "html_url": "%3$s/%1$s/%2$s",
                                 "owner": {"id": 1, "username": "%1$s", "login": "%1$s"}}
                }""").formatted(owner, name, server).getBytes(StandardCharsets.UTF_8);
    }
}
