package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** What {@link WebhookSignature#verify} found in an {@code X-Gogs-Signature} header. */
@Restricted(NoExternalUse.class)
public enum SignatureVerdict {
    /** The header is the HMAC of the payload with the secret. */
    VALID,
    /** The header is absent or empty: Gogs sends it empty when the hook has no secret. */
    MISSING,
    /** The header is not the HMAC of this payload with this secret (wrong secret, altered body, not hex). */
    MISMATCH
}
