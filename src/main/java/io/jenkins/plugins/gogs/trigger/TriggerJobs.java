package io.jenkins.plugins.gogs.trigger;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Job;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.push.PushMatcher;
import io.jenkins.plugins.gogs.push.ServerLocations;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.ParameterizedJobMixIn;
import jenkins.scm.api.SCMSourceOwner;
import jenkins.triggers.SCMTriggerItem;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The jobs that carry the push trigger, and the Gogs repositories they build from: what the webhook side needs to
 * register their hooks and to know that a repository is still in use. Callers that look at all jobs run as SYSTEM.
 */
@Restricted(NoExternalUse.class)
public final class TriggerJobs {

    private static final Logger LOGGER = Logger.getLogger(TriggerJobs.class.getName());

    private TriggerJobs() {}

    /**
     * The item's push trigger, or null when it is not a job with one. The branch jobs of a multibranch project never
     * count (a {@code Jenkinsfile} may declare the trigger): the project's own SCM events build them already.
     */
    @CheckForNull
    static GogsPushTrigger triggerOf(Item item) {
        if (!(item instanceof Job<?, ?> job) || isBranchJob(job)) {
            return null;
        }
        return ParameterizedJobMixIn.getTrigger(job, GogsPushTrigger.class);
    }

    /** A job that a multibranch project (or another SCM source owner) made for one of its heads. */
    static boolean isBranchJob(Item item) {
        return item.getParent() instanceof SCMSourceOwner;
    }

    public static boolean hasTrigger(Item item) {
        return triggerOf(item) != null;
    }

    /**
     * The repositories on configured Gogs servers that a job with the push trigger builds from (whose hooks it needs);
     * empty for any other item. A pipeline's repositories are known from its definition and its last build.
     */
    public static Set<RepositoryKey> repositoriesOf(Item item) {
        SCMTriggerItem scms = SCMTriggerItem.SCMTriggerItems.asSCMTriggerItem(item);
        if (triggerOf(item) == null || scms == null) {
            return Set.of();
        }
        try {
            return PushMatcher.repositories(JobGitConfigs.of(scms), configuredServers());
        } catch (RuntimeException e) {
            LOGGER.log(Level.FINE, "Could not read the git remotes of " + item.getFullName(), e);
            return Set.of();
        }
    }

    /** Where the repositories of each configured server can be cloned from, by its URL and alias URL. */
    static List<ServerLocations> configuredServers() {
        List<ServerLocations> servers = new ArrayList<>();
        for (GogsServer server : GogsConfiguration.get().getServers()) {
            try {
                servers.add(ServerLocations.of(server.getServerUrl(), server.getAliasUrl()));
            } catch (IllegalArgumentException invalid) {
                LOGGER.log(Level.FINE, "Skipping the server {0}: {1}", new Object[] {server, invalid.getMessage()});
            }
        }
        return servers;
    }
}
