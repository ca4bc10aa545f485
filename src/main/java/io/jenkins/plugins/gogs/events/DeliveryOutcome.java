package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What {@link WebhookReceiver} made of a delivery, with the HTTP status and a short text to answer Gogs with
 * (Gogs shows both in the hook's recent deliveries). No outcome says anything about Jenkins jobs.
 */
@Restricted(NoExternalUse.class)
public sealed interface DeliveryOutcome {

    int httpStatus();

    /** A short, safe text for the HTTP answer. */
    String message();

    /**
     * A new, verified delivery: hand {@code event} to the SCM side when {@link GogsWebhookEvent#scmRelevant()}.
     * {@code signatureVerified} is false only when the server has no secret, so nothing could be verified.
     */
    record Accepted(GogsWebhookEvent event, String deliveryId, KnownServer server, boolean signatureVerified)
            implements DeliveryOutcome {

        @Override
        public int httpStatus() {
            return 200;
        }

        @Override
        public String message() {
            return event.scmRelevant()
                    ? Messages.DeliveryOutcome_Accepted(event.eventName())
                    : Messages.DeliveryOutcome_NothingToBuild(event.eventName());
        }
    }

    /** A delivery id processed before; nothing to do. */
    record Duplicate(String deliveryId) implements DeliveryOutcome {

        @Override
        public int httpStatus() {
            return 200;
        }

        @Override
        public String message() {
            return Messages.DeliveryOutcome_Duplicate(deliveryId);
        }
    }

    /**
     * The repository's server is not configured in Jenkins, or ({@code serverUrl} null) the payload of an event the
     * plugin does not know names no repository.
     */
    record UnknownServer(String serverUrl) implements DeliveryOutcome {

        @Override
        public int httpStatus() {
            return 202;
        }

        @Override
        public String message() {
            return serverUrl == null
                    ? Messages.DeliveryOutcome_NoRepository()
                    : Messages.DeliveryOutcome_UnknownServer(serverUrl);
        }
    }

    /**
     * A refused delivery. {@code repository} is known when the payload could be parsed: with
     * {@link RejectionReason#BAD_SIGNATURE} it points at a hook whose secret differs from the server's.
     */
    record Rejected(RejectionReason reason, String message, WebhookRepository repository) implements DeliveryOutcome {

        @Override
        public int httpStatus() {
            return reason.httpStatus();
        }
    }
}
