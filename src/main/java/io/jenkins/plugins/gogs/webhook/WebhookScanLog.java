package io.jenkins.plugins.gogs.webhook;

import hudson.Extension;
import hudson.model.TaskListener;
import io.jenkins.plugins.gogs.events.RegistrationSettings;
import io.jenkins.plugins.gogs.events.WebhookScanLines;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.scm.ScanLogNotes;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes what is known about a source's webhook into a scan's log (branch indexing, organization folder scan),
 * in the words of {@link WebhookScanLines}. Sends nothing to Gogs, and never fails the scan.
 */
@Extension
public final class WebhookScanLog implements ScanLogNotes {

    private static final Logger LOGGER = Logger.getLogger(WebhookScanLog.class.getName());

    @Override
    public void write(GogsSCMSource source, TaskListener listener) {
        try {
            Optional<RegistrationSettings> settings = HookRegistrations.settingsOf(source);
            if (settings.isEmpty()) {
                return; // an incomplete source: the scan itself says what is missing
            }
            for (String line : WebhookScanLines.forScan(
                    settings.get(),
                    HookRegistrations.statuses().lookup(settings.get().repository()))) {
                listener.getLogger().println(line);
            }
        } catch (RuntimeException e) {
            LOGGER.log(Level.FINE, "no webhook line for " + source, e);
        }
    }
}
