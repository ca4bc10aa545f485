package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Which repositories lose their hook when an item goes: one hook serves every item built from a repository. */
@Restricted(NoExternalUse.class)
public final class RepositoryUsage {

    private RepositoryUsage() {}

    /**
     * The repositories of the removed item that no remaining item uses, in the removed item's order. Keys compare
     * as Gogs compares names (see {@link RepositoryKey}), so {@code Acme/App} of one item keeps the hook of
     * {@code acme/app} of another.
     */
    public static Set<RepositoryKey> unused(
            Collection<RepositoryKey> ofRemovedItem, Collection<RepositoryKey> stillUsed) {
        Set<RepositoryKey> unused = new LinkedHashSet<>(ofRemovedItem);
        unused.removeAll(Set.copyOf(stillUsed));
        return unused;
    }
}
