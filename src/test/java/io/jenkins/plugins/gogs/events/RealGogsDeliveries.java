package io.jenkins.plugins.gogs.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Glue between the fixture's recorded deliveries and the code under test: a recorded request becomes a
 * {@link WebhookRequest}, the test Gogs becomes the one configured server, and hooks can be added with either
 * content type (the fixture adds JSON hooks only). Public for the tests of the cores that read accepted deliveries
 * ({@code push}).
 */
public final class RealGogsDeliveries {

    /** Non-ASCII on purpose: Gogs keys the HMAC with the UTF-8 bytes of the secret. */
    static final String SECRET = "s3cret-ünï-✓";

    static final Duration WAIT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private RealGogsDeliveries() {}

    static WebhookRequest request(WebhookDelivery delivery) {
        return request(delivery, delivery.body());
    }

    /** The recorded request with another body, to tamper with it. */
    static WebhookRequest request(WebhookDelivery delivery, byte[] body) {
        return new WebhookRequest(
                delivery.event(),
                delivery.header(WebhookRequest.DELIVERY_HEADER),
                delivery.signature(),
                delivery.header("Content-Type"),
                body);
    }

    /** The test Gogs as the only configured server, with this secret. */
    static ServerLookup server(GogsServer gogs, String secret) {
        KnownServer known = new KnownServer(gogs.url(), HookSecret.of(secret));
        return repository -> repository.isOnServer(gogs.url()) ? Optional.of(known) : Optional.empty();
    }

    /** Receives with a fresh receiver and expects acceptance; returns the event. */
    static <T extends GogsWebhookEvent> T accepted(GogsServer gogs, WebhookDelivery delivery, Class<T> type) {
        return type.cast(verified(gogs, delivery, SECRET));
    }

    /**
     * Receives with a fresh receiver, the test Gogs being the configured server with {@code secret}, and expects
     * acceptance with a verified signature; returns the event.
     */
    public static GogsWebhookEvent verified(GogsServer gogs, WebhookDelivery delivery, String secret) {
        DeliveryOutcome outcome = new WebhookReceiver().receive(request(delivery), server(gogs, secret));
        if (!(outcome instanceof DeliveryOutcome.Accepted accepted)) {
            throw new AssertionError("Expected " + delivery + " to be accepted, got " + outcome);
        }
        if (!accepted.signatureVerified()) {
            throw new AssertionError("Accepted without verifying the signature: " + delivery);
        }
        return accepted.event();
    }

    /** Adds an active {@code gogs} hook with the given content type ({@code json} or {@code form}). */
    static long addHook(
            GogsServer gogs, GogsRepository repo, String url, String contentType, String secret, String... events) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "gogs");
        body.put("config", Map.of("url", url, "content_type", contentType, "secret", secret));
        body.put("events", Arrays.asList(events));
        body.put("active", true);
        return gogs.http()
                .post(repo.apiPath() + "/hooks", body, repo.actor().token())
                .path("id")
                .asLong();
    }

    /** Waits for the pull_request delivery with this action. */
    static WebhookDelivery awaitPullRequest(io.jenkins.plugins.gogs.fixture.WebhookReceiver receiver, String action) {
        return receiver.await(
                d -> "pull_request".equals(d.event())
                        && action.equals(json(d.body()).path("action").asText()),
                WAIT,
                "a pull_request '" + action + "' event");
    }

    /** Waits for the delivery of this event whose short {@code ref} is {@code ref} (create and delete events). */
    static WebhookDelivery awaitRef(
            io.jenkins.plugins.gogs.fixture.WebhookReceiver receiver, String event, String ref) {
        return receiver.await(
                d -> event.equals(d.event())
                        && ref.equals(json(d.body()).path("ref").asText()),
                WAIT,
                "a " + event + " event for " + ref);
    }

    static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
