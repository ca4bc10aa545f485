package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order of checks and the answers, on hand-written payloads; real deliveries are in {@link RealDeliveriesTest}. */
class WebhookReceiverTest {

    private static final String SERVER = "http://gogs.example.com:3000";
    private static final HookSecret SECRET = HookSecret.of("s3cr3t");
    private static final byte[] PUSH = """
            {
              "ref": "refs/heads/main",
              "before": "1111111111111111111111111111111111111111",
              "after": "2222222222222222222222222222222222222222",
              "repository": {"id": 1, "name": "app", "full_name": "acme/app", "html_url": "http://gogs.example.com:3000/acme/app"}
            }""".getBytes(StandardCharsets.UTF_8);

    private final WebhookReceiver receiver = new WebhookReceiver();
    private final ServerLookup withSecret = lookup(SECRET);

    @Test
    void acceptsASignedJsonDelivery() {
        DeliveryOutcome outcome = receiver.receive(json("d1", WebhookSignature.sign(SECRET, PUSH)), withSecret);

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Accepted.class, accepted -> {
            assertThat(accepted.signatureVerified()).isTrue();
            assertThat(accepted.deliveryId()).isEqualTo("d1");
            assertThat(accepted.server().url()).isEqualTo(SERVER);
            assertThat(((PushEvent) accepted.event()).gitRef().name()).isEqualTo("main");
        });
        assertThat(outcome.httpStatus()).isEqualTo(200);
    }

    @Test
    void acceptsASignedFormDeliveryByTheSignatureOfTheJson() {
        String json = new String(PUSH, StandardCharsets.UTF_8);
        byte[] form =
                ("payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        WebhookRequest request = new WebhookRequest(
                "push", "d1", WebhookSignature.sign(SECRET, PUSH), "application/x-www-form-urlencoded", form);

        assertThat(receiver.receive(request, withSecret)).isInstanceOf(DeliveryOutcome.Accepted.class);
    }

    @Test
    void rejectsAnUnsignedDeliveryWhenTheServerHasASecret() {
        DeliveryOutcome outcome = receiver.receive(json("d1", ""), withSecret);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        DeliveryOutcome.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNSIGNED));
        assertThat(outcome.httpStatus()).isEqualTo(403);
    }

    @Test
    void rejectsAWrongSignatureAndNamesTheRepositoryForTheAdminMonitor() {
        DeliveryOutcome outcome =
                receiver.receive(json("d1", WebhookSignature.sign(HookSecret.of("old"), PUSH)), withSecret);

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE);
            assertThat(r.repository().fullName()).isEqualTo("acme/app");
            assertThat(r.message()).doesNotContain("s3cr3t").doesNotContain("old");
        });
        assertThat(outcome.httpStatus()).isEqualTo(403);
    }

    @Test
    void processesARepeatedDeliveryIdOnce() {
        String signature = WebhookSignature.sign(SECRET, PUSH);

        assertThat(receiver.receive(json("d1", signature), withSecret)).isInstanceOf(DeliveryOutcome.Accepted.class);
        assertThat(receiver.receive(json("d1", signature), withSecret)).isInstanceOf(DeliveryOutcome.Duplicate.class);
        assertThat(receiver.receive(json("d2", signature), withSecret)).isInstanceOf(DeliveryOutcome.Accepted.class);
    }

    @Test
    void doesNotLetAForgedRequestUseUpTheIdOfAGenuineDelivery() {
        assertThat(receiver.receive(json("d1", "00".repeat(32)), withSecret))
                .isInstanceOf(DeliveryOutcome.Rejected.class);

        assertThat(receiver.receive(json("d1", WebhookSignature.sign(SECRET, PUSH)), withSecret))
                .isInstanceOf(DeliveryOutcome.Accepted.class);
    }

    @Test
    void acceptsButMarksUnverifiedWhenTheServerHasNoSecret() {
        DeliveryOutcome outcome = receiver.receive(json("d1", ""), lookup(HookSecret.none()));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        DeliveryOutcome.Accepted.class,
                        a -> assertThat(a.signatureVerified()).isFalse());
    }

    @Test
    void ignoresDeliveriesFromAServerThatIsNotConfigured() {
        DeliveryOutcome outcome =
                receiver.receive(json("d1", WebhookSignature.sign(SECRET, PUSH)), repo -> Optional.empty());

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        DeliveryOutcome.UnknownServer.class,
                        u -> assertThat(u.serverUrl()).isEqualTo(SERVER));
        assertThat(outcome.httpStatus()).isEqualTo(202);
        assertThat(outcome.message()).contains(SERVER);
    }

    @Test
    void answersBadRequestsWithTheirReason() {
        assertThat(receiver.receive(new WebhookRequest("push", "d", "", "text/plain", PUSH), withSecret)
                        .httpStatus())
                .isEqualTo(415);
        assertThat(receiver.receive(new WebhookRequest(null, "d", "", "application/json", PUSH), withSecret)
                        .httpStatus())
                .isEqualTo(400);
        assertThat(receiver.receive(
                                new WebhookRequest(
                                        "push", "d", "", "application/json", "{".getBytes(StandardCharsets.UTF_8)),
                                withSecret)
                        .httpStatus())
                .isEqualTo(400);
    }

    @Test
    void refusesAKnownEventWhosePayloadDoesNotNameItsRepositoryButIgnoresAnUnknownOne() {
        byte[] noRepository = """
                {"ref": "refs/heads/main", "before": "1", "after": "2"}""".getBytes(StandardCharsets.UTF_8);
        byte[] noRepositoryUrl = """
                {"ref": "refs/heads/main", "before": "1", "after": "2", "repository": {"id": 1, "name": "app"}}""".getBytes(StandardCharsets.UTF_8);

        for (byte[] payload : new byte[][] {noRepository, noRepositoryUrl}) {
            DeliveryOutcome outcome = receiver.receive(
                    new WebhookRequest(
                            "push", "d1", WebhookSignature.sign(SECRET, payload), "application/json", payload),
                    withSecret);
            assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Rejected.class, r -> {
                assertThat(r.reason()).isEqualTo(RejectionReason.MALFORMED_PAYLOAD);
                assertThat(r.message()).isEqualTo("The push payload lacks repository.html_url");
            });
            assertThat(outcome.httpStatus()).isEqualTo(400);
        }

        byte[] wiki = "{\"pages\": []}".getBytes(StandardCharsets.UTF_8);
        DeliveryOutcome unknown = receiver.receive(
                new WebhookRequest("wiki", "d2", WebhookSignature.sign(SECRET, wiki), "application/json", wiki),
                withSecret);
        assertThat(unknown.httpStatus()).isEqualTo(202);
        assertThat(unknown.message()).isEqualTo("Ignored: the payload names no repository");
    }

    @Test
    void keepsTheBodyOutOfTheRequestsText() {
        assertThat(json("d1", "abc").toString())
                .contains("push", "d1")
                .doesNotContain("acme")
                .doesNotContain("abc");
    }

    private static WebhookRequest json(String deliveryId, String signature) {
        return new WebhookRequest("push", deliveryId, signature, "application/json", PUSH);
    }

    private static ServerLookup lookup(HookSecret secret) {
        return repo -> repo.isOnServer(SERVER) ? Optional.of(new KnownServer(SERVER, secret)) : Optional.empty();
    }
}
