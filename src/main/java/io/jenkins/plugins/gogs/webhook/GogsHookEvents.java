package io.jenkins.plugins.gogs.webhook;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Set;
import java.util.TreeSet;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Events the plugin's hook on a repository must carry besides the ones scans need, because of how a source is
 * configured (e.g. {@code issue_comment} for rebuild requests). One hook serves every item built from a repository, so
 * it carries what any of their sources asks for.
 */
@Restricted(NoExternalUse.class)
public abstract class GogsHookEvents implements ExtensionPoint {

    /** The extra events this source asks for; none by default. */
    public abstract Set<String> eventsFor(GogsSCMSource source);

    /** What the Gogs sources of all items building {@code repository} ask for, looked at as the system. */
    static Set<String> forRepository(RepositoryKey repository) {
        ExtensionList<GogsHookEvents> contributors = ExtensionList.lookup(GogsHookEvents.class);
        Set<String> events = new TreeSet<>();
        if (contributors.isEmpty()) {
            return events;
        }
        try (ACLContext system = ACL.as2(ACL.SYSTEM2)) {
            for (GogsSCMSource gogs : ManagedRepositoryCheck.GogsSources.sources(null)) {
                if (HookRegistrations.repositoryOf(gogs)
                        .filter(repository::equals)
                        .isPresent()) {
                    contributors.forEach(c -> events.addAll(c.eventsFor(gogs)));
                }
            }
        }
        return events;
    }
}
