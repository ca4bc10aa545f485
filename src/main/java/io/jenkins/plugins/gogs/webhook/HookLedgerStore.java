package io.jenkins.plugins.gogs.webhook;

import hudson.XmlFile;
import io.jenkins.plugins.gogs.events.HookLedger;
import io.jenkins.plugins.gogs.events.RepositoryKey;
import java.io.File;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/**
 * The {@link HookLedger} of this Jenkins, kept in {@code $JENKINS_HOME/io.jenkins.plugins.gogs.webhook.HookLedger.xml}
 * so that a secret changed while Jenkins was down still replaces the hooks. It holds salted fingerprints, never
 * secrets.
 */
final class HookLedgerStore {

    private static final Logger LOGGER = Logger.getLogger(HookLedgerStore.class.getName());

    private static final String FILE_NAME = "io.jenkins.plugins.gogs.webhook.HookLedger.xml";

    private static HookLedger ledger;

    private HookLedgerStore() {}

    static synchronized HookLedger ledger() {
        if (ledger == null) {
            ledger = load();
        }
        return ledger;
    }

    static synchronized void save() {
        try {
            file().write(ledger());
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not save " + file(), e);
        }
    }

    static void markStale(RepositoryKey repository) {
        ledger().markStale(repository);
        save();
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

    private static XmlFile file() {
        return new XmlFile(new File(Jenkins.get().getRootDir(), FILE_NAME));
    }
}
