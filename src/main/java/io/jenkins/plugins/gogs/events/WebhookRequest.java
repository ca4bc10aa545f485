package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the receiver needs from an HTTP request: the three {@code X-Gogs-*} headers, the {@code Content-Type} and
 * the raw body (read with {@link DeliveryBody#read} so its size is bounded). Any value may be null when the
 * request lacks it.
 */
@Restricted(NoExternalUse.class)
public record WebhookRequest(String eventName, String deliveryId, String signature, String contentType, byte[] body) {

    public static final String EVENT_HEADER = "X-Gogs-Event";
    public static final String DELIVERY_HEADER = "X-Gogs-Delivery";
    public static final String SIGNATURE_HEADER = "X-Gogs-Signature";

    public WebhookRequest {
        body = body == null ? new byte[0] : body;
    }

    @Override
    public String toString() {
        return "WebhookRequest[event=" + eventName + ", delivery=" + deliveryId + ", contentType=" + contentType + ", "
                + body.length + " bytes]";
    }
}
