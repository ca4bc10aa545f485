package io.jenkins.plugins.gogs.trust;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Whether a fork pull request is trusted, and why (shown in the scan log). */
@Restricted(NoExternalUse.class)
public record TrustDecision(boolean trusted, String reason) {

    static TrustDecision trusted(String reason) {
        return new TrustDecision(true, reason);
    }

    static TrustDecision untrusted(String reason) {
        return new TrustDecision(false, reason);
    }
}
