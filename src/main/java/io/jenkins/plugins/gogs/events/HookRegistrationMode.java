package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Whether and with which credentials the plugin manages the hook of a source's repository. */
@Restricted(NoExternalUse.class)
public enum HookRegistrationMode {
    /** Never: someone else registers the hook, or nobody does and Jenkins scans on a schedule. */
    DISABLE,
    /** With the server's credentials (Manage Jenkins » System), when the server manages hooks. */
    SYSTEM,
    /** With the source's own credentials, when the server manages hooks. */
    ITEM
}
