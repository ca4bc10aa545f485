package io.jenkins.plugins.gogs.webhook;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Item;
import hudson.model.Job;
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
import jenkins.scm.api.SCMNavigatorOwner;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceOwner;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The one place that says which repositories this Jenkins builds from: each kind of item that uses Gogs repositories
 * (multibranch projects and organization folders, jobs with the push trigger) contributes an implementation. It
 * answers two questions: for {@link ManagedRepositories}, whether a refused delivery's repository is one Jenkins
 * builds from (anyone may name any repository in a delivery, so the answer comes from what is configured, never from
 * Gogs, and from {@link ManagedRepositoryIndex}: a set built at most once per change Jenkins saves, so that a flood of
 * forged deliveries costs a set lookup each, not a walk over every item); and, when an item is deleted, which of its
 * repositories another item still builds from, so that their hooks stay ({@link HookRegistrations}).
 */
@Restricted(NoExternalUse.class)
public abstract class ManagedRepositoryCheck implements ExtensionPoint {

    private static final Logger LOGGER = Logger.getLogger(ManagedRepositoryCheck.class.getName());

    /**
     * The repositories items of this kind build from, leaving out {@code besides} and the items inside it (none left
     * out when null). Called as the system.
     */
    public abstract Collection<RepositoryKey> repositories(@CheckForNull Item besides);

    /** Every contribution together, from the index of this Jenkins. */
    static ManagedRepositories inJenkins() {
        return ManagedRepositoryIndex.get()::manages;
    }

    /**
     * What every contribution lists now, leaving out {@code besides} and the items inside it (none left out when
     * null): a walk over the items of this Jenkins.
     */
    static Set<RepositoryKey> collect(@CheckForNull Item besides) {
        Set<RepositoryKey> all = new HashSet<>();
        try (ACLContext system = ACL.as2(ACL.SYSTEM2)) { // every item counts, also those the current user cannot see
            for (ManagedRepositoryCheck check : ExtensionList.lookup(ManagedRepositoryCheck.class)) {
                all.addAll(check.repositories(besides));
            }
        }
        return all;
    }

    /** True when {@code item} is {@code besides} or inside it. */
    static boolean isLeftOut(Item item, @CheckForNull Item besides) {
        return besides != null && (item == besides || item.getFullName().startsWith(besides.getFullName() + "/"));
    }

    /**
     * Multibranch projects with a Gogs source of the repository; an organization folder's repositories are its
     * projects' sources.
     */
    @Extension
    public static class GogsSources extends ManagedRepositoryCheck {
        @Override
        public Collection<RepositoryKey> repositories(@CheckForNull Item besides) {
            List<RepositoryKey> used = new ArrayList<>();
            for (GogsSCMSource gogs : sources(besides)) {
                // on the configured server's own URL, also where the source names its alias URL
                Optional<RepositoryKey> repository = HookRegistrations.repositoryOf(gogs);
                if (repository.isPresent()) {
                    used.add(repository.get());
                } else {
                    LOGGER.log(Level.FINE, "Skipping an incomplete Gogs source of {0}", gogs.getOwner());
                }
            }
            return used;
        }

        /**
         * The Gogs sources of every project outside {@code besides} (none left out when null), each once: an
         * organization folder lists its projects' sources, and those projects are visited themselves. Call as the
         * system.
         */
        static List<GogsSCMSource> sources(@CheckForNull Item besides) {
            List<GogsSCMSource> found = new ArrayList<>();
            for (SCMSourceOwner owner : Jenkins.get().allItems(SCMSourceOwner.class)) {
                if (owner instanceof SCMNavigatorOwner || isLeftOut(owner, besides)) {
                    continue;
                }
                for (SCMSource source : owner.getSCMSources()) {
                    if (source instanceof GogsSCMSource gogs) {
                        found.add(gogs);
                    }
                }
            }
            return found;
        }
    }

    /** Freestyle and pipeline jobs with the push trigger, by their git remotes. */
    @Extension
    public static class PushTriggerJobs extends ManagedRepositoryCheck {
        @Override
        public Collection<RepositoryKey> repositories(@CheckForNull Item besides) {
            Set<RepositoryKey> used = new HashSet<>();
            for (Job<?, ?> job : Jenkins.get().allItems(Job.class)) {
                if (!isLeftOut(job, besides)) {
                    used.addAll(TriggerJobs.repositoriesOf(job));
                }
            }
            return used;
        }
    }
}
