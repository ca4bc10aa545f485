package io.jenkins.plugins.gogs.webhook;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.gogs.events.ManagedRepositories;
import io.jenkins.plugins.gogs.events.RepositoryKey;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import jenkins.model.Jenkins;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceOwner;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The one place that says which repositories this Jenkins builds from, for {@link ManagedRepositories}: each kind
 * of item that uses Gogs repositories (multibranch projects and organization folders here; a trigger of plain jobs
 * adds its own) contributes an implementation. Anyone may name any repository in a delivery, so an implementation
 * answers from what is configured, never by asking Gogs, and keeps nothing per question.
 */
@Restricted(NoExternalUse.class)
public abstract class ManagedRepositoryCheck implements ExtensionPoint {

    /** True when an item of this kind builds from the repository. Called as the system. */
    public abstract boolean manages(RepositoryKey repository);

    /** Every contribution together. */
    static ManagedRepositories inJenkins() {
        return repository -> {
            try (ACLContext system = ACL.as2(ACL.SYSTEM2)) { // every item counts, also those anonymous cannot see
                for (ManagedRepositoryCheck check : ExtensionList.lookup(ManagedRepositoryCheck.class)) {
                    if (check.manages(repository)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /**
     * Multibranch projects with a Gogs source of the repository; an organization folder's repositories are its
     * projects' sources.
     */
    @Extension
    public static class GogsSources extends ManagedRepositoryCheck {
        @Override
        public boolean manages(RepositoryKey repository) {
            for (SCMSourceOwner owner : Jenkins.get().allItems(SCMSourceOwner.class)) {
                for (SCMSource source : owner.getSCMSources()) {
                    if (source instanceof GogsSCMSource gogs
                            && gogs.isFor(repository.serverUrl(), repository.owner(), repository.name())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
