package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Why a delivery was refused, with the HTTP status the receiver answers with. */
@Restricted(NoExternalUse.class)
public enum RejectionReason {
    UNSUPPORTED_CONTENT_TYPE(415),
    PAYLOAD_TOO_LARGE(413),
    MISSING_PAYLOAD(400),
    MALFORMED_PAYLOAD(400),
    MISSING_EVENT(400),
    /** The server has a secret and the delivery carries no signature. */
    UNSIGNED(403),
    /** The signature does not match the payload with the server's secret. */
    BAD_SIGNATURE(403);

    private final int httpStatus;

    RejectionReason(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
