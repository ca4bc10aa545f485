package io.jenkins.plugins.gogs.webhook;

import io.jenkins.plugins.gogs.events.ChangedHead;
import io.jenkins.plugins.gogs.events.DeliveryOutcome;
import io.jenkins.plugins.gogs.events.RejectionReason;
import io.jenkins.plugins.gogs.events.ScmNotice;
import io.jenkins.plugins.gogs.events.ScmNotices;
import io.jenkins.plugins.gogs.events.SignatureRefusals;
import io.jenkins.plugins.gogs.events.WebhookProblems;
import io.jenkins.plugins.gogs.scm.GogsSCMCaches;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import io.jenkins.plugins.gogs.trigger.PushDispatcher;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.scm.api.SCMHeadEvent;
import jenkins.scm.api.SCMSourceEvent;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What happens in Jenkins after the receiver decided: an accepted event is fired as an SCM API event (pull
 * requests after {@link ScmNotices#pullRequestDelay()}, their target told to the scans' cache at once) and handed to
 * the freestyle and pipeline jobs ({@link PushDispatcher}); a delivery refused for its signature marks the hook of
 * its repository stale (re-registered with the current secret at the next save) and shows in the admin monitor, when
 * this Jenkins builds from that repository ({@link SignatureRefusals}).
 */
@Restricted(NoExternalUse.class)
final class DeliveryHandling {

    private static final Logger LOGGER = Logger.getLogger(DeliveryHandling.class.getName());

    private DeliveryHandling() {}

    static void after(DeliveryOutcome outcome, String origin) {
        if (outcome instanceof DeliveryOutcome.Accepted accepted) {
            GogsDeliveryListener.fireAccepted(accepted);
            Optional<ScmNotice> notice =
                    ScmNotices.of(accepted.event(), accepted.server().url(), accepted.signatureVerified());
            notice.ifPresent(n -> {
                tellScans(n);
                fire(n, origin);
            });
            PushDispatcher.onAccepted(
                    accepted.event(), accepted.server().url(), accepted.signatureVerified(), accepted.deliveryId());
            LOGGER.log(Level.FINE, "Gogs delivery {0} ({1}) from {2}: {3}", new Object[] {
                accepted.deliveryId(),
                accepted.event().eventName(),
                origin,
                notice.map(ScmNotice::description).orElse("nothing to build")
            });
        } else if (outcome instanceof DeliveryOutcome.Rejected rejected
                && rejected.repository() != null
                && (rejected.reason() == RejectionReason.BAD_SIGNATURE
                        || rejected.reason() == RejectionReason.UNSIGNED)) {
            signatureRefused(rejected, origin);
        } else {
            LOGGER.log(Level.FINE, "Gogs delivery from {0}: {1} {2}", new Object[] {
                origin, outcome.httpStatus(), outcome.message()
            });
        }
    }

    static void fire(ScmNotice notice, String origin) {
        if (notice instanceof ScmNotice.HeadNotice head) {
            GogsHeadEvent event = new GogsHeadEvent(head, origin);
            if (head.delay().isZero()) {
                SCMHeadEvent.fireNow(event);
            } else {
                SCMHeadEvent.fireLater(event, head.delay().toMillis(), TimeUnit.MILLISECONDS);
            }
        } else if (notice instanceof ScmNotice.SourceNotice source) {
            SCMSourceEvent.fireNow(new GogsSourceEvent(source, origin));
        }
    }

    /**
     * A pull request changed: the scans' cache learns its target, head branch and origin (Gogs' API cannot tell
     * them; kept across restarts, written later on another thread) and asks Gogs for its state again, before the event
     * makes a project scan. Only verified deliveries get here with a pull request (see {@link ScmNotices#of}).
     */
    private static void tellScans(ScmNotice notice) {
        if (notice instanceof ScmNotice.HeadNotice head && head.head() instanceof ChangedHead.PullRequest pr) {
            RepositoryKey repo = head.repository();
            GogsSCMCaches.pullRequestChanged(repo.serverUrl(), repo.owner(), repo.name(), pr.number(), pr.facts());
        }
    }

    /** Only a repository this Jenkins builds from is marked stale and shown: forged deliveries leave no trace. */
    private static void signatureRefused(DeliveryOutcome.Rejected rejected, String origin) {
        WebhookProblems problems = GogsWebhookMonitor.problems();
        SignatureRefusals refusals = new SignatureRefusals(
                HookLedgerStore.ledger(), problems, ManagedRepositoryCheck.inJenkins(), HookLedgerStore::save);
        refusals.after(rejected, new ConfiguredServers(problems))
                .ifPresent(key -> LOGGER.log(Level.FINE, "Refused a Gogs delivery from {0} for {1}: {2}", new Object[] {
                    origin, key, rejected.message()
                }));
    }
}
