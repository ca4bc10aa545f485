package io.jenkins.plugins.gogs.notify;

import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.gogs.scm.BranchSCMHead;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.scm.PullRequestSCMHead;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Optional;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMSource;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Where a build reports, decided from Jenkins alone: the Gogs source of its multibranch project and that source's
 * feedback traits, and its head. A pull request job reports to its pull request; a branch job only when the comment
 * trait includes branches; tags and builds of other sources never.
 */
@Restricted(NoExternalUse.class)
record FeedbackTarget(GogsSCMSource source, SCMHead head, FeedbackSettings settings) {

    static Optional<FeedbackTarget> of(Run<?, ?> run) {
        Job<?, ?> job = run.getParent();
        SCMSource source = SCMSource.SourceByItem.findSource(job);
        if (!(source instanceof GogsSCMSource gogs)) {
            return Optional.empty();
        }
        Optional<FeedbackSettings> settings = FeedbackSettings.of(gogs);
        SCMHead head = SCMHead.HeadByItem.findHead(job);
        if (settings.isEmpty() || head == null) {
            return Optional.empty();
        }
        boolean reports = head instanceof PullRequestSCMHead
                || (head instanceof BranchSCMHead && settings.get().branchesToo());
        return reports ? Optional.of(new FeedbackTarget(gogs, head, settings.get())) : Optional.empty();
    }

    /** The pull request number of a pull request job; null for a branch job. */
    Long pullRequest() {
        return head instanceof PullRequestSCMHead pr ? pr.getNumber() : null;
    }

    /**
     * The repository reported to: its reports run one after the other.
     *
     * @throws IllegalArgumentException when the source names no valid repository
     */
    RepositoryKey repositoryKey() {
        return new RepositoryKey(source.getServerUrl(), source.getRepoOwner(), source.getRepository());
    }
}
