package io.jenkins.plugins.gogs.webhook;

import hudson.Extension;
import hudson.model.TaskListener;
import io.jenkins.plugins.gogs.events.RegistrationDecision;
import io.jenkins.plugins.gogs.events.RegistrationSettings;
import io.jenkins.plugins.gogs.events.WebhookScanLines;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.scm.ScanLogNotes;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Writes what is known about a source's webhook into a scan's log (branch indexing, organization folder scan),
 * in the words of {@link WebhookScanLines}. Sends nothing to Gogs itself, and never fails the scan; the one thing it
 * starts is moving a hook that an earlier version of the plugin registered at its former URL
 * ({@link io.jenkins.plugins.gogs.events.HookEndpoint#formerUrls}) to the current one, in the background, so that
 * upgrading needs no save of every project.
 */
@Extension
@Restricted(NoExternalUse.class)
public final class WebhookScanLog implements ScanLogNotes {

    private static final Logger LOGGER = Logger.getLogger(WebhookScanLog.class.getName());

    @Override
    public void write(GogsSCMSource source, TaskListener listener) {
        try {
            Optional<RegistrationSettings> settings = HookRegistrations.settingsOf(source);
            if (settings.isEmpty()) {
                return; // an incomplete source: the scan itself says what is missing
            }
            moveFromFormerUrl(source, settings.get());
            for (String line : WebhookScanLines.forScan(
                    settings.get(),
                    HookRegistrations.statuses().lookup(settings.get().repository()))) {
                listener.getLogger().println(line);
            }
        } catch (RuntimeException e) {
            LOGGER.log(Level.FINE, "no webhook line for " + source, e);
        }
    }

    private static void moveFromFormerUrl(GogsSCMSource source, RegistrationSettings settings) {
        if (RegistrationDecision.of(settings) instanceof RegistrationDecision.Register register
                && HookLedgerStore.ledger().isAtFormerUrl(register.repository(), register.hook())
                && source.getOwner() != null) {
            HookRegistrations.ensure(source.getOwner(), false);
        }
    }
}
