package io.jenkins.plugins.gogs.trigger;

import hudson.model.Action;
import hudson.model.CauseAction;
import hudson.model.Job;
import hudson.model.queue.QueueTaskFuture;
import hudson.plugins.git.RevisionParameterAction;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.triggers.SCMTrigger;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.events.GogsWebhookEvent;
import io.jenkins.plugins.gogs.push.PushDecision;
import io.jenkins.plugins.gogs.push.PushMatcher;
import io.jenkins.plugins.gogs.push.PushVariables;
import io.jenkins.plugins.gogs.push.PushedRef;
import io.jenkins.plugins.gogs.push.ServerLocations;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;
import jenkins.triggers.SCMTriggerItem;
import jenkins.util.Timer;
import org.eclipse.jgit.transport.URIish;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What an accepted delivery does to freestyle and pipeline jobs. A pushed branch or tag ({@link PushedRef})
 * <ul>
 *   <li>builds the jobs with the push trigger that {@link PushMatcher#forTrigger} selects, once each, with a
 *       {@link GogsPushCause}, the {@code GOGS_*} variables and (unless the branch specifier holds a variable) the
 *       pushed commit pinned for the git plugin, as its {@code notifyCommit} pins it; only verified deliveries do
 *       this, since the payload's commit and variables go into the build;</li>
 *   <li>makes jobs without that trigger that poll their SCM with post-commit hooks honoured poll at once, when
 *       {@link PushMatcher#forPolling} says so, as the git plugin's {@code notifyCommit} does. Polling only reads the
 *       repository, so unverified deliveries (a server without a secret) do this too.</li>
 * </ul>
 * The jobs are looked at in the background, as SYSTEM (a job anonymous users cannot see is built too), so that the
 * answer to Gogs is the same whichever jobs exist. Which jobs were built goes to the system log only.
 */
@Restricted(NoExternalUse.class)
public final class PushDispatcher {

    private static final Logger LOGGER = Logger.getLogger(PushDispatcher.class.getName());

    private PushDispatcher() {}

    /** Hands an accepted delivery from the configured server at {@code serverUrl} to the jobs; returns at once. */
    public static void onAccepted(
            GogsWebhookEvent event, String serverUrl, boolean signatureVerified, String deliveryId) {
        Optional<PushedRef> push = PushedRef.of(event, serverUrl);
        if (push.isPresent()) {
            Timer.get().submit(() -> dispatch(push.get(), signatureVerified, deliveryId));
        }
    }

    static void dispatch(PushedRef push, boolean signatureVerified, String deliveryId) {
        try (ACLContext system = ACL.as2(ACL.SYSTEM2)) {
            ServerLocations locations = locationsOf(push);
            for (Job<?, ?> job : Jenkins.get().allItems(Job.class)) {
                try {
                    handle(job, push, locations, signatureVerified, deliveryId);
                } catch (RuntimeException e) {
                    LOGGER.log(Level.WARNING, "Handling Gogs delivery " + deliveryId + " for " + job.getFullName(), e);
                }
            }
        }
    }

    private static void handle(
            Job<?, ?> job, PushedRef push, ServerLocations locations, boolean verified, String deliveryId) {
        SCMTriggerItem item = SCMTriggerItem.SCMTriggerItems.asSCMTriggerItem(job);
        if (item == null || TriggerJobs.isBranchJob(job)) {
            return; // branch jobs of multibranch projects: the project's SCM events build them
        }
        GogsPushTrigger trigger = TriggerJobs.triggerOf(job);
        if (trigger != null) {
            if (!verified) {
                LOGGER.log(
                        Level.FINE,
                        "{0}: delivery {1} is not signed (the server has no webhook secret), so the"
                                + " push trigger ignores it",
                        new Object[] {job.getFullName(), deliveryId});
                return;
            }
            PushDecision decision = PushMatcher.forTrigger(push, locations, JobGitConfigs.of(item), trigger.options());
            if (decision instanceof PushDecision.Build build) {
                schedule(job, trigger, push, build, deliveryId);
            } else if (decision instanceof PushDecision.Skip skip) {
                LOGGER.log(Level.FINE, "{0}: not built for delivery {1}: {2}", new Object[] {
                    job.getFullName(), deliveryId, skip.reason()
                });
            }
            return;
        }
        SCMTrigger polling = item.getSCMTrigger();
        if (polling != null
                && !polling.isIgnorePostCommitHooks()
                && PushMatcher.forPolling(push, locations, JobGitConfigs.of(item))
                && item.schedulePolling()) {
            LOGGER.log(Level.FINE, "{0}: polling after Gogs delivery {1} ({2} of {3})", new Object[] {
                job.getFullName(), deliveryId, push.ref().fullName(), push.repository()
            });
        }
    }

    private static void schedule(
            Job<?, ?> job, GogsPushTrigger trigger, PushedRef push, PushDecision.Build build, String deliveryId) {
        if (!(job instanceof ParameterizedJobMixIn.ParameterizedJob<?, ?> schedulable)) {
            return;
        }
        Integer ownQuietPeriod = trigger.getQuietPeriod();
        int quietPeriod = ownQuietPeriod != null ? ownQuietPeriod : schedulable.getQuietPeriod();
        List<Action> actions = new ArrayList<>();
        actions.add(new CauseAction(new GogsPushCause(
                push.pusher(), push.repository().fullName(), push.ref().fullName(), push.webUrl())));
        actions.add(new GogsPushAction(PushVariables.of(push)));
        if (build.exactRevision()) {
            try {
                // The git plugin checks out exactly this commit, for the remote it was pushed to only.
                actions.add(new RevisionParameterAction(push.after(), new URIish(build.remoteUrl())));
            } catch (URISyntaxException e) {
                LOGGER.log(
                        Level.FINE,
                        "{0}: the remote {1} is no URI for the git plugin; building without a pinned commit",
                        new Object[] {job.getFullName(), build.remoteUrl()});
            }
        }
        // Default parameter values are added by the scheduling, as for any build not started with parameters.
        QueueTaskFuture<?> scheduled = schedulable.scheduleBuild2(quietPeriod, actions.toArray(new Action[0]));
        if (scheduled == null) {
            LOGGER.log(
                    Level.FINE,
                    "{0}: not scheduled for Gogs delivery {1} (disabled, or refused by the queue)",
                    new Object[] {job.getFullName(), deliveryId});
        } else {
            LOGGER.log(Level.INFO, "Scheduled {0} for the push of {1} to {2} (Gogs delivery {3})", new Object[] {
                job.getFullName(), push.after(), push.ref().fullName(), deliveryId
            });
        }
    }

    private static ServerLocations locationsOf(PushedRef push) {
        String serverUrl = push.repository().serverUrl();
        return GogsConfiguration.get()
                .findServer(serverUrl)
                .map(server -> ServerLocations.of(server.getServerUrl(), server.getAliasUrl()))
                .orElseGet(() -> ServerLocations.of(serverUrl, null))
                .withDelivered(push.delivered());
    }
}
