package io.jenkins.plugins.gogs.webhook;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.gogs.events.ManagedRepositories;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import io.jenkins.plugins.gogs.trigger.TriggerJobs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceOwner;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The one place that says which repositories this Jenkins builds from, for {@link ManagedRepositories}: each kind
 * of item that uses Gogs repositories (multibranch projects and organization folders, jobs with the push trigger)
 * contributes an implementation. Anyone may name any repository in a delivery, so the answer comes from what is
 * configured, never from Gogs, and from {@link ManagedRepositoryIndex}: a set built at most once per change Jenkins
 * saves, so that a flood of forged deliveries costs a set lookup each, not a walk over every item.
 */
@Restricted(NoExternalUse.class)
public abstract class ManagedRepositoryCheck implements ExtensionPoint {

    private static final Logger LOGGER = Logger.getLogger(ManagedRepositoryCheck.class.getName());

    /** The repositories items of this kind build from. Called as the system. */
    public abstract Collection<RepositoryKey> repositories();

    /** Every contribution together, from the index of this Jenkins. */
    static ManagedRepositories inJenkins() {
        return ManagedRepositoryIndex.get()::manages;
    }

    /** What every contribution lists now: a walk over the items of this Jenkins. */
    static Set<RepositoryKey> collect() {
        Set<RepositoryKey> all = new HashSet<>();
        try (ACLContext system = ACL.as2(ACL.SYSTEM2)) { // every item counts, also those anonymous cannot see
            for (ManagedRepositoryCheck check : ExtensionList.lookup(ManagedRepositoryCheck.class)) {
                all.addAll(check.repositories());
            }
        }
        return all;
    }

    /**
     * Multibranch projects with a Gogs source of the repository; an organization folder's repositories are its
     * projects' sources.
     */
    @Extension
    public static class GogsSources extends ManagedRepositoryCheck {
        @Override
        public Collection<RepositoryKey> repositories() {
            List<RepositoryKey> used = new ArrayList<>();
            for (SCMSourceOwner owner : Jenkins.get().allItems(SCMSourceOwner.class)) {
                for (SCMSource source : owner.getSCMSources()) {
                    if (source instanceof GogsSCMSource gogs) {
                        // on the configured server's own URL, also where the source names its alias URL
                        Optional<RepositoryKey> repository = HookRegistrations.repositoryOf(gogs);
                        if (repository.isPresent()) {
                            used.add(repository.get());
                        } else {
                            LOGGER.log(Level.FINE, "Skipping an incomplete Gogs source of {0}", owner.getFullName());
                        }
                    }
                }
            }
            return used;
        }
    }

    /** Freestyle and pipeline jobs with the push trigger, by their git remotes. */
    @Extension
    public static class PushTriggerJobs extends ManagedRepositoryCheck {
        @Override
        public Collection<RepositoryKey> repositories() {
            return TriggerJobs.repositoriesInUse(null);
        }
    }
}
