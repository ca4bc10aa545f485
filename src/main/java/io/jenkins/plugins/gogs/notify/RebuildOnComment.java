package io.jenkins.plugins.gogs.notify;

import hudson.Extension;
import hudson.model.CauseAction;
import hudson.model.Item;
import hudson.model.Job;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.events.DeliveryOutcome;
import io.jenkins.plugins.gogs.events.IssueCommentEvent;
import io.jenkins.plugins.gogs.feedback.RebuildDecision;
import io.jenkins.plugins.gogs.feedback.RebuildRequests;
import io.jenkins.plugins.gogs.feedback.WriteAccess;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.scm.PullRequestSCMHead;
import io.jenkins.plugins.gogs.webhook.GogsDeliveryListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.branch.MultiBranchProject;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.trait.SCMTrait;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Builds a pull request again when a comment asks for it ({@link RebuildRequests} decides): for every multibranch
 * project whose Gogs source reads the repository and has the rebuild trait, the jobs of that pull request are
 * scheduled. The decision asks Gogs, so it runs on a feedback thread, not on the one answering Gogs. Whatever the
 * outcome, nothing is written to the pull request; the reason goes to the system log.
 */
@Extension
@Restricted(NoExternalUse.class)
public class RebuildOnComment extends GogsDeliveryListener {

    private static final Logger LOGGER = Logger.getLogger(RebuildOnComment.class.getName());
    private static final WriteAccess ACCESS = new WriteAccess();

    @Override
    public void onAccepted(DeliveryOutcome.Accepted delivery) {
        if (!(delivery.event() instanceof IssueCommentEvent comment)
                || !"created".equals(comment.action())
                || comment.issue() == null
                || !comment.issue().isPullRequest()) {
            return; // not even a candidate: no need to look at the projects
        }
        String key = delivery.server().url() + " rebuild";
        BuildFeedback.QUEUE.submit(key, () -> {
            handle(delivery, comment);
            return null;
        });
    }

    private static void handle(DeliveryOutcome.Accepted delivery, IssueCommentEvent comment) {
        String owner = comment.repository().ownerName();
        String repository = comment.repository().name();
        try (ACLContext system = ACL.as2(ACL.SYSTEM2)) {
            for (MultiBranchProject<?, ?> project : Jenkins.get().allItems(MultiBranchProject.class)) {
                for (SCMSource source : project.getSCMSources()) {
                    if (source instanceof GogsSCMSource gogs
                            && gogs.isFor(delivery.server().url(), owner, repository)) {
                        GogsRebuildCommentTrait trait = SCMTrait.find(gogs.getTraits(), GogsRebuildCommentTrait.class);
                        if (trait != null) {
                            decideFor(project, gogs, trait, delivery, comment);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Could not handle the comment of Gogs delivery " + delivery.deliveryId(), e);
        }
    }

    private static void decideFor(
            MultiBranchProject<?, ?> project,
            GogsSCMSource source,
            GogsRebuildCommentTrait trait,
            DeliveryOutcome.Accepted delivery,
            IssueCommentEvent comment) {
        RebuildDecision decision = RebuildRequests.decide(
                comment, delivery.signatureVerified(), trait.getPhrase(), (owner, repository, user) -> {
                    try {
                        GogsClient client = FeedbackClients.of(source);
                        return ACCESS.check(client, owner, repository, user);
                    } catch (IOException e) {
                        return new WriteAccess.Answer(false, e.getMessage());
                    }
                });
        if (decision instanceof RebuildDecision.Ignore ignore) {
            LOGGER.log(Level.FINE, "{0}: comment in Gogs delivery {1} ignored: {2}", new Object[] {
                project.getFullName(), delivery.deliveryId(), ignore.why()
            });
            return;
        }
        RebuildDecision.Rebuild rebuild = (RebuildDecision.Rebuild) decision;
        List<Job<?, ?>> jobs = jobsOf(project, source, rebuild.number());
        for (Job<?, ?> job : jobs) {
            if (job instanceof ParameterizedJobMixIn.ParameterizedJob<?, ?> buildable) {
                buildable.scheduleBuild2(0, new CauseAction(new GogsRebuildCause(rebuild.user(), rebuild.number())));
            }
        }
        LOGGER.log(Level.INFO, "{0}: pull request #{1} rebuilt for {2} ({3}): {4}", new Object[] {
            project.getFullName(),
            String.valueOf(rebuild.number()),
            rebuild.user(),
            rebuild.why(),
            jobs.isEmpty() ? "no job builds it yet" : jobs.size() + " job(s) scheduled"
        });
    }

    /** The project's jobs of the pull request (one per checkout strategy built). */
    private static List<Job<?, ?>> jobsOf(MultiBranchProject<?, ?> project, GogsSCMSource source, long number) {
        List<Job<?, ?>> jobs = new ArrayList<>();
        for (Item item : project.getItems()) {
            if (item instanceof Job<?, ?> job
                    && SCMHead.HeadByItem.findHead(job) instanceof PullRequestSCMHead pr
                    && pr.getNumber() == number
                    && SCMSource.SourceByItem.findSource(job) instanceof GogsSCMSource found
                    && found.getId().equals(source.getId())) {
                jobs.add(job);
            }
        }
        return jobs;
    }
}
