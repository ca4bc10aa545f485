package io.jenkins.plugins.gogs.scm;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Who registers the Gogs webhook of a multibranch project or organization folder. */
@Restricted(NoExternalUse.class)
public enum WebhookRegistration {
    /** Nobody: the item relies on periodic scans (or hooks someone added by hand). */
    DISABLE,
    /** The Gogs server's configuration decides: when it manages hooks, they are registered with its credentials. */
    SYSTEM,
    /** The item's own scan credentials register the hooks (they need admin rights on the repositories). */
    ITEM
}
