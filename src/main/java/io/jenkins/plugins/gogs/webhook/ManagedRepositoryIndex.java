package io.jenkins.plugins.gogs.webhook;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.XmlFile;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.Saveable;
import hudson.model.listeners.ItemListener;
import hudson.model.listeners.SaveableListener;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The repositories this Jenkins builds from ({@link ManagedRepositoryCheck}), kept as a set and rebuilt on the first
 * question after Jenkins saved an item, a build or the Gogs configuration, or deleted or moved an item: the only ways
 * that set changes. So however many deliveries ask, the walk over the items runs at most once per such change.
 */
@Restricted(NoExternalUse.class)
@Extension
public class ManagedRepositoryIndex extends SaveableListener {

    /** Counts the changes; a snapshot is current while it was built at the latest count. */
    private final AtomicLong changes = new AtomicLong();

    private volatile Snapshot snapshot;

    private record Snapshot(long changes, Set<RepositoryKey> repositories) {}

    static ManagedRepositoryIndex get() {
        return ExtensionList.lookupSingleton(ManagedRepositoryIndex.class);
    }

    boolean manages(RepositoryKey repository) {
        return current().repositories().contains(repository);
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known != null && known.changes() == changes.get()) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            long now = changes.get(); // read before the walk: a change during it makes the next question walk again
            if (known == null || known.changes() != now) {
                known = new Snapshot(now, Set.copyOf(ManagedRepositoryCheck.collect(null)));
                snapshot = known;
            }
            return known;
        }
    }

    void changed() {
        changes.incrementAndGet();
    }

    @Override
    public void onChange(Saveable o, XmlFile file) {
        if (o instanceof Item || o instanceof Run || o instanceof GogsConfiguration) {
            changed();
        }
    }

    /** Deleting, moving or loading items saves nothing that {@link #onChange} sees. */
    @Extension
    public static class ItemChanges extends ItemListener {
        @Override
        public void onCreated(Item item) {
            get().changed();
        }

        @Override
        public void onLoaded() {
            get().changed();
        }

        @Override
        public void onDeleted(Item item) {
            get().changed();
        }

        @Override
        public void onLocationChanged(Item item, String oldFullName, String newFullName) {
            get().changed();
        }
    }
}
