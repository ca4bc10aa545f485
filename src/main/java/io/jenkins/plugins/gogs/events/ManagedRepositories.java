package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Whether the plugin manages a repository, i.e. builds from it: only then may a delivery refused for its signature
 * change anything (mark its hook stale, show in the admin monitor). Anyone can post a delivery naming any
 * repository, so an answer of "no" must leave no trace. The ledger's own entries count as managed in
 * {@link SignatureRefusals}; this says what else does (in Jenkins: the items that build the repository).
 */
@FunctionalInterface
@Restricted(NoExternalUse.class)
public interface ManagedRepositories {

    boolean manages(RepositoryKey repository);

    /** Only what the hook ledger knows. */
    static ManagedRepositories none() {
        return repository -> false;
    }
}
