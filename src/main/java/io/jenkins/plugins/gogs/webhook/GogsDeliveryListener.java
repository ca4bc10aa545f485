package io.jenkins.plugins.gogs.webhook;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import io.jenkins.plugins.gogs.events.DeliveryOutcome;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Hears every delivery the receiver accepted, whatever its event: the way other parts of the plugin act on events
 * that mean nothing for scans (a rebuild asked for in a comment). Called on the thread that answers Gogs, after the
 * answer is decided: an implementation must return at once and do any work (calls to Gogs, scheduling) elsewhere.
 */
@Restricted(NoExternalUse.class)
public abstract class GogsDeliveryListener implements ExtensionPoint {

    private static final Logger LOGGER = Logger.getLogger(GogsDeliveryListener.class.getName());

    /** {@code delivery.signatureVerified()} is false when the server has no secret: nothing vouches for the payload. */
    public abstract void onAccepted(DeliveryOutcome.Accepted delivery);

    static void fireAccepted(DeliveryOutcome.Accepted delivery) {
        for (GogsDeliveryListener listener : ExtensionList.lookup(GogsDeliveryListener.class)) {
            try {
                listener.onAccepted(delivery);
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, listener + " failed on Gogs delivery " + delivery.deliveryId(), e);
            }
        }
    }
}
