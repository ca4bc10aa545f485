package io.jenkins.plugins.gogs.events;

import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.SECRET;
import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.WAIT;
import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.request;
import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.server;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What is signed, and what is refused, in real deliveries of both content types. */
@RealGogs
class RealDeliveryVerificationTest {

    @Test
    void aJsonHookSignsTheExactBody(GogsServer gogs, WebhookReceiver hooks) {
        Push push = push(gogs, hooks, "json");

        assertThat(push.delivery().header("Content-Type")).isEqualTo("application/json");
        assertThat(push.delivery().signature())
                .isEqualTo(WebhookSignature.sign(
                        HookSecret.of(SECRET), push.delivery().body()));
        assertThat(receive(gogs, request(push.delivery()))).isInstanceOf(DeliveryOutcome.Accepted.class);
    }

    @Test
    void aFormHookSignsTheDecodedJsonNotTheFormBody(GogsServer gogs, WebhookReceiver hooks) throws Exception {
        Push push = push(gogs, hooks, "form");
        WebhookDelivery delivery = push.delivery();

        assertThat(delivery.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(delivery.bodyAsString()).startsWith("payload=");
        byte[] json = DeliveryBody.payloadJson(delivery.header("Content-Type"), delivery.body());
        assertThat(delivery.signature())
                .isEqualTo(WebhookSignature.sign(HookSecret.of(SECRET), json))
                .isNotEqualTo(WebhookSignature.sign(HookSecret.of(SECRET), delivery.body()));
        DeliveryOutcome outcome = receive(gogs, request(delivery));
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        DeliveryOutcome.Accepted.class,
                        accepted -> assertThat(((PushEvent) accepted.event()).after())
                                .isEqualTo(push.after()));
    }

    @Test
    void aTamperedJsonBodyIsRejected(GogsServer gogs, WebhookReceiver hooks) {
        Push push = push(gogs, hooks, "json");

        DeliveryOutcome outcome =
                receive(gogs, request(push.delivery(), tamper(push.delivery().body(), push.after())));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        DeliveryOutcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE));
        assertThat(outcome.httpStatus()).isEqualTo(403);
    }

    @Test
    void aTamperedFormBodyIsRejected(GogsServer gogs, WebhookReceiver hooks) {
        Push push = push(gogs, hooks, "form");

        DeliveryOutcome outcome =
                receive(gogs, request(push.delivery(), tamper(push.delivery().body(), push.after())));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        DeliveryOutcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE));
    }

    @Test
    void aDeliveryCheckedAgainstAnotherSecretIsRejectedNamingItsRepository(GogsServer gogs, WebhookReceiver hooks) {
        Push push = push(gogs, hooks, "json");

        DeliveryOutcome outcome = new io.jenkins.plugins.gogs.events.WebhookReceiver()
                .receive(request(push.delivery()), server(gogs, "another-secret"));

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE);
            assertThat(rejected.repository().fullName()).isEqualTo(push.repo().fullName());
        });
    }

    @Test
    void aHookWithoutSecretSendsAnEmptySignatureThatAServerWithASecretRejects(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo =
                gogs.createUser("alice").createRepository("unsigned").withInitialCommit();
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", "", "push");
        repo.pushFile("master", "a.txt", "a\n");
        WebhookDelivery delivery = hooks.awaitEvent("push", WAIT);

        assertThat(delivery.signature()).isEmpty();
        DeliveryOutcome outcome = receive(gogs, request(delivery));
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        DeliveryOutcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.UNSIGNED));
        assertThat(outcome.httpStatus()).isEqualTo(403);
    }

    @Test
    void aRedeliveredIdIsProcessedOnceWhileEachNewDeliveryHasItsOwnId(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo = gogs.createUser("alice").createRepository("dedup").withInitialCommit();
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", SECRET, "push");
        repo.pushFile("master", "a.txt", "a\n");
        repo.pushFile("master", "b.txt", "b\n");
        var deliveries = hooks.awaitDeliveries(2, WAIT);
        io.jenkins.plugins.gogs.events.WebhookReceiver receiver = new io.jenkins.plugins.gogs.events.WebhookReceiver();
        ServerLookup lookup = server(gogs, SECRET);

        assertThat(deliveries.get(0).header(WebhookRequest.DELIVERY_HEADER))
                .matches("[0-9a-f-]{36}")
                .isNotEqualTo(deliveries.get(1).header(WebhookRequest.DELIVERY_HEADER));
        assertThat(receiver.receive(request(deliveries.get(0)), lookup)).isInstanceOf(DeliveryOutcome.Accepted.class);
        assertThat(receiver.receive(request(deliveries.get(1)), lookup)).isInstanceOf(DeliveryOutcome.Accepted.class);
        assertThat(receiver.receive(request(deliveries.get(0)), lookup)).isInstanceOf(DeliveryOutcome.Duplicate.class);
    }

    private record Push(GogsRepository repo, String after, WebhookDelivery delivery) {}

    /** A repository with a hook of this content type, one push to it, and the delivery of that push. */
    private static Push push(GogsServer gogs, WebhookReceiver hooks, String contentType) {
        GogsRepository repo = gogs.createUser("alice")
                .createRepository("signed-" + contentType)
                .withInitialCommit();
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), contentType, SECRET, "push");
        String after = repo.pushFile("master", "docs/notes.txt", "a + b = c & d ✓\n");
        return new Push(repo, after, hooks.awaitEvent("push", WAIT));
    }

    private static DeliveryOutcome receive(GogsServer gogs, WebhookRequest request) {
        return new io.jenkins.plugins.gogs.events.WebhookReceiver().receive(request, server(gogs, SECRET));
    }

    /** The body with the first hex digit of the pushed SHA changed: still well-formed, now lying. */
    private static byte[] tamper(byte[] body, String sha) {
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf(sha);
        assertThat(at).as("the body names the pushed commit").isNotNegative();
        char replacement = text.charAt(at) == 'a' ? 'b' : 'a';
        byte[] tampered = body.clone();
        tampered[text.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) replacement;
        return tampered;
    }
}
