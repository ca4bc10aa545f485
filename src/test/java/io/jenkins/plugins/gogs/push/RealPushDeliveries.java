package io.jenkins.plugins.gogs.push;

import io.jenkins.plugins.gogs.events.RealGogsDeliveries;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import java.time.Duration;
import java.util.Optional;

/** Real deliveries of the test Gogs, verified as the plugin verifies them, then read as pushes. */
final class RealPushDeliveries {

    static final String SECRET = "push-secret-ü";
    static final Duration WAIT = Duration.ofSeconds(30);

    private RealPushDeliveries() {}

    /** The push a verified delivery carries, or empty. */
    static Optional<PushedRef> pushOf(GogsServer gogs, WebhookDelivery delivery) {
        return PushedRef.of(RealGogsDeliveries.verified(gogs, delivery, SECRET), gogs.url());
    }
}
