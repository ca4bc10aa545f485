package io.jenkins.plugins.gogs.events;

import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Decides what to do with one delivery, in this order: find the payload JSON (by content type), parse the event,
 * find the server its repository lives on, verify the signature against that server's secret, drop repeated
 * delivery ids. The id is only remembered once the signature holds, so a forged request cannot use up the id of
 * a genuine delivery. One receiver serves all requests; it is thread-safe.
 */
@Restricted(NoExternalUse.class)
public final class WebhookReceiver {

    private final SeenDeliveries seen;

    public WebhookReceiver() {
        this(new SeenDeliveries());
    }

    public WebhookReceiver(SeenDeliveries seen) {
        this.seen = seen;
    }

    public DeliveryOutcome receive(WebhookRequest request, ServerLookup servers) {
        GogsWebhookEvent event;
        byte[] json;
        try {
            json = DeliveryBody.payloadJson(request.contentType(), request.body());
            event = GogsWebhookEvent.parse(request.eventName(), json);
        } catch (WebhookDeliveryException e) {
            return new DeliveryOutcome.Rejected(e.reason(), e.getMessage(), null);
        }
        WebhookRepository repository = event.repository();
        if (repository == null || repository.serverUrl() == null) {
            // Only an event name the parser does not know gets here (the known ones must name their repository):
            // perhaps a newer Gogs' event without one, so ignored rather than refused.
            return new DeliveryOutcome.UnknownServer(null);
        }
        Optional<KnownServer> server = servers.serverOf(repository);
        if (server.isEmpty()) {
            return new DeliveryOutcome.UnknownServer(repository.serverUrl());
        }
        boolean verified = server.get().secret().isSet();
        if (verified) {
            switch (WebhookSignature.verify(server.get().secret(), json, request.signature())) {
                case MISSING:
                    return new DeliveryOutcome.Rejected(
                            RejectionReason.UNSIGNED, Messages.WebhookReceiver_Unsigned(), repository);
                case MISMATCH:
                    return new DeliveryOutcome.Rejected(
                            RejectionReason.BAD_SIGNATURE, Messages.WebhookReceiver_BadSignature(), repository);
                default:
                    break;
            }
        }
        if (!seen.firstTime(request.deliveryId())) {
            return new DeliveryOutcome.Duplicate(request.deliveryId());
        }
        return new DeliveryOutcome.Accepted(event, request.deliveryId(), server.get(), verified);
    }
}
