package io.jenkins.plugins.gogs.webhook;

import hudson.XmlFile;
import io.jenkins.plugins.gogs.events.HookLedger;
import java.io.File;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The {@link HookLedger} of this Jenkins, kept in {@code $JENKINS_HOME/io.jenkins.plugins.gogs.webhook.HookLedger.xml}
 * so that a secret changed while Jenkins was down still replaces the hooks. It holds salted fingerprints, never
 * secrets.
 */
@Restricted(NoExternalUse.class)
final class HookLedgerStore {

    private static final Logger LOGGER = Logger.getLogger(HookLedgerStore.class.getName());

    private static final String FILE_NAME = "io.jenkins.plugins.gogs.webhook.HookLedger.xml";

    private static HookLedger ledger;
    /** The Jenkins home the ledger was read from: another one (a test's next Jenkins in this JVM) reads its own. */
    private static File loadedFrom;

    private HookLedgerStore() {}

    static synchronized HookLedger ledger() {
        File home = Jenkins.get().getRootDir();
        if (ledger == null || !home.equals(loadedFrom)) {
            ledger = load();
            loadedFrom = home;
        }
        return ledger;
    }

    /**
     * Writes a snapshot of the ledger (timer threads change the ledger meanwhile; writing the ledger itself would
     * walk its map while they do). Saves run one at a time, so an older snapshot never overwrites a newer one.
     */
    static synchronized void save() {
        try {
            file().write(ledger().snapshot());
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not save " + file(), e);
        }
    }

    private static HookLedger load() {
        XmlFile file = file();
        if (file.exists()) {
            try {
                if (file.read() instanceof HookLedger stored) {
                    return stored;
                }
            } catch (IOException e) {
                LOGGER.log(
                        Level.WARNING, "Could not read " + file + "; hooks are assumed to carry the current secret", e);
            }
        }
        return new HookLedger();
    }

    /** Where the ledger is kept. */
    static XmlFile file() {
        return new XmlFile(new File(Jenkins.get().getRootDir(), FILE_NAME));
    }
}
