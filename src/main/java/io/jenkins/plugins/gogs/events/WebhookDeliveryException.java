package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A delivery that cannot be used. The message is fit for the HTTP answer (Gogs shows it in the hook's delivery
 * list): it names what is wrong, never the payload or a secret.
 */
@Restricted(NoExternalUse.class)
public final class WebhookDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    public WebhookDeliveryException(RejectionReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public WebhookDeliveryException(RejectionReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
