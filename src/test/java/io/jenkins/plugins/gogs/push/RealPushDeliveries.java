package io.jenkins.plugins.gogs.push;

import io.jenkins.plugins.gogs.events.DeliveryOutcome;
import io.jenkins.plugins.gogs.events.GogsWebhookEvent;
import io.jenkins.plugins.gogs.events.HookSecret;
import io.jenkins.plugins.gogs.events.KnownServer;
import io.jenkins.plugins.gogs.events.WebhookReceiver;
import io.jenkins.plugins.gogs.events.WebhookRequest;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import java.time.Duration;
import java.util.Optional;

/** Real deliveries of the test Gogs, verified as the plugin verifies them, then read as pushes. */
final class RealPushDeliveries {

    static final String SECRET = "push-secret-ü";
    static final Duration WAIT = Duration.ofSeconds(30);

    private RealPushDeliveries() {}

    /** The delivery's event after the plugin's receiver accepted it with a verified signature. */
    static GogsWebhookEvent verified(GogsServer gogs, WebhookDelivery delivery) {
        KnownServer server = new KnownServer(gogs.url(), HookSecret.of(SECRET));
        DeliveryOutcome outcome = new WebhookReceiver()
                .receive(
                        new WebhookRequest(
                                delivery.event(),
                                delivery.header(WebhookRequest.DELIVERY_HEADER),
                                delivery.signature(),
                                delivery.header("Content-Type"),
                                delivery.body()),
                        repository -> repository.isOnServer(gogs.url()) ? Optional.of(server) : Optional.empty());
        if (!(outcome instanceof DeliveryOutcome.Accepted accepted) || !accepted.signatureVerified()) {
            throw new AssertionError("Expected a verified delivery, got " + outcome + " for " + delivery);
        }
        return accepted.event();
    }

    /** The push a verified delivery carries, or empty. */
    static Optional<PushedRef> pushOf(GogsServer gogs, WebhookDelivery delivery) {
        return PushedRef.of(verified(gogs, delivery), gogs.url());
    }
}
