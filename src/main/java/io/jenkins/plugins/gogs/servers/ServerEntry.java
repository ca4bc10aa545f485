package io.jenkins.plugins.gogs.servers;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** What the core needs to know of a configured Gogs server to find it by name or URL. */
@Restricted(NoExternalUse.class)
public interface ServerEntry {

    /** The canonical server URL (see {@link io.jenkins.plugins.gogs.client.ServerUrl}). */
    String getServerUrl();

    /** Another URL of the same server (e.g. the one Gogs puts in webhook payloads), canonical, or null. */
    String getAliasUrl();

    /** The name shown to users and accepted by pipeline steps; never empty. */
    String getName();
}
