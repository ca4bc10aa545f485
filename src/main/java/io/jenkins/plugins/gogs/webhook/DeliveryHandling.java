package io.jenkins.plugins.gogs.webhook;

import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.events.ChangedHead;
import io.jenkins.plugins.gogs.events.DeliveryOutcome;
import io.jenkins.plugins.gogs.events.RejectionReason;
import io.jenkins.plugins.gogs.events.RepositoryKey;
import io.jenkins.plugins.gogs.events.ScmNotice;
import io.jenkins.plugins.gogs.events.ScmNotices;
import io.jenkins.plugins.gogs.events.WebhookRepository;
import io.jenkins.plugins.gogs.scm.GogsSCMCaches;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.scm.api.SCMHeadEvent;
import jenkins.scm.api.SCMSourceEvent;

/**
 * What happens in Jenkins after the receiver decided: an accepted event is fired as an SCM API event (pull
 * requests after {@link ScmNotices#PULL_REQUEST_DELAY}, their target told to the scans' cache at once); a delivery refused for its signature marks the hook of
 * its repository stale (re-registered with the current secret at the next save) and shows in the admin monitor.
 */
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
     * A pull request changed: the scans' cache learns its target (Gogs' API cannot tell it) and asks Gogs for its
     * state again, before the event makes a project scan.
     */
    private static void tellScans(ScmNotice notice) {
        if (notice instanceof ScmNotice.HeadNotice head && head.head() instanceof ChangedHead.PullRequest pr) {
            RepositoryKey repo = head.repository();
            GogsSCMCaches.pullRequestChanged(
                    repo.serverUrl(), repo.owner(), repo.name(), pr.number(), pr.targetBranch());
        }
    }

    private static void signatureRefused(DeliveryOutcome.Rejected rejected, String origin) {
        WebhookRepository repository = rejected.repository();
        Optional<GogsServer> server = GogsConfiguration.get().findServer(repository.serverUrl());
        String owner = repository.ownerName();
        if (server.isEmpty() || owner == null || repository.name() == null) {
            return;
        }
        RepositoryKey key;
        try {
            key = new RepositoryKey(server.get().getServerUrl(), owner, repository.name());
        } catch (IllegalArgumentException notAName) {
            return;
        }
        HookLedgerStore.markStale(key);
        GogsWebhookMonitor.problems()
                .report(
                        GogsWebhookMonitor.DELIVERIES,
                        key.toString(),
                        rejected.message()
                                + ". Save a project built from this repository (or its organization folder) to register the hook"
                                + " again with the current secret.");
        LOGGER.log(Level.FINE, "Refused a Gogs delivery from {0} for {1}: {2}", new Object[] {
            origin, key, rejected.message()
        });
    }
}
