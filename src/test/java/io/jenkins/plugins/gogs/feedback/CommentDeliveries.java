package io.jenkins.plugins.gogs.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.gogs.events.IssueCommentEvent;
import io.jenkins.plugins.gogs.events.RealGogsDeliveries;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

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

    /** The comment event, received and verified by the plugin's receiver with the test Gogs and its secret. */
    static IssueCommentEvent event(GogsServer gogs, WebhookDelivery delivery) {
        return (IssueCommentEvent) RealGogsDeliveries.verified(gogs, delivery, SECRET);
    }

    private static JsonNode json(WebhookDelivery delivery) {
        try {
            return JSON.readTree(delivery.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
