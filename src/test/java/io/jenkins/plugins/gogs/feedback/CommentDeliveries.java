package io.jenkins.plugins.gogs.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.gogs.events.DeliveryOutcome;
import io.jenkins.plugins.gogs.events.HookSecret;
import io.jenkins.plugins.gogs.events.IssueCommentEvent;
import io.jenkins.plugins.gogs.events.KnownServer;
import io.jenkins.plugins.gogs.events.WebhookRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/** Real {@code issue_comment} deliveries of the test Gogs, received and verified as the plugin receives them. */
final class CommentDeliveries {

    static final String SECRET = "comment-secret-ü";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CommentDeliveries() {}

    /** Adds a signed hook for comments on the repository, delivering to the receiver. */
    static void hook(GogsRepository repo, WebhookReceiver hooks) {
        repo.addHook(hooks.url(), SECRET, "issue_comment");
    }

    /** Waits for the delivery of {@code author}'s comment with this action ({@code created}, {@code edited}). */
    static WebhookDelivery await(WebhookReceiver hooks, GogsUser author, String action) {
        return hooks.await(
                d -> "issue_comment".equals(d.event())
                        && action.equals(json(d).path("action").asText())
                        && author.name()
                                .equals(json(d).path("comment")
                                        .path("user")
                                        .path("username")
                                        .asText()),
                WAIT,
                "an issue_comment '" + action + "' delivery for a comment of " + author);
    }

    /** The delivery through the plugin's receiver, with the test Gogs as the configured server and its secret. */
    static DeliveryOutcome.Accepted receive(GogsServer gogs, WebhookDelivery delivery) {
        KnownServer server = new KnownServer(gogs.url(), HookSecret.of(SECRET));
        DeliveryOutcome outcome = new io.jenkins.plugins.gogs.events.WebhookReceiver()
                .receive(
                        new WebhookRequest(
                                delivery.event(),
                                delivery.header(WebhookRequest.DELIVERY_HEADER),
                                delivery.signature(),
                                delivery.header("Content-Type"),
                                delivery.body()),
                        repository -> repository.isOnServer(gogs.url()) ? Optional.of(server) : Optional.empty());
        if (!(outcome instanceof DeliveryOutcome.Accepted accepted) || !accepted.signatureVerified()) {
            throw new AssertionError("Expected " + delivery + " to be accepted and verified, got " + outcome);
        }
        return accepted;
    }

    static IssueCommentEvent event(GogsServer gogs, WebhookDelivery delivery) {
        return (IssueCommentEvent) receive(gogs, delivery).event();
    }

    private static JsonNode json(WebhookDelivery delivery) {
        try {
            return JSON.readTree(delivery.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
