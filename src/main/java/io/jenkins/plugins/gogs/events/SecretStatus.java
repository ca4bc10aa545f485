package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Whether the hooks already at the plugin's URL can be assumed to carry the server's current secret. Gogs never
 * returns a hook's secret and cannot change it with PATCH, so the planner cannot find out; the caller says so.
 */
@Restricted(NoExternalUse.class)
public enum SecretStatus {
    /** Assume existing hooks have the current secret: they are kept or patched. */
    UNCHANGED,
    /**
     * The secret changed since the hooks were registered (an admin changed it, or deliveries from the repository
     * were rejected with a bad signature): every hook at the plugin's URL is deleted and one is created anew.
     */
    CHANGED
}
