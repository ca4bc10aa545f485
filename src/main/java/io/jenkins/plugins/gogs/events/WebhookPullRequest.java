package io.jenkins.plugins.gogs.events;

import java.time.OffsetDateTime;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A pull request as the pull_request payload carries it. There is no head or base SHA in Gogs payloads: the head
 * commit is {@code refs/pull/<number>/head} in the base repository. {@code merge_commit_sha} is, despite its name,
 * the head branch tip at merge time. {@code mergeable} is null while Gogs is still checking.
 */
@Restricted(NoExternalUse.class)
public record WebhookPullRequest(
        long id,
        long number,
        String title,
        WebhookUser user,
        String state,
        String headBranch,
        WebhookRepository headRepo,
        String baseBranch,
        WebhookRepository baseRepo,
        String htmlUrl,
        Boolean mergeable,
        boolean merged,
        OffsetDateTime mergedAt,
        String mergeCommitSha,
        WebhookUser mergedBy) {

    /** True when head and base are different repositories (a deleted head repository counts as a fork). */
    public boolean isFromFork() {
        if (headRepo == null || baseRepo == null) {
            return false;
        }
        return headRepo.isDeletedPlaceholder() || headRepo.id() != baseRepo.id();
    }

    /** The head repository was deleted; Gogs then sends a placeholder named {@code deleted}. */
    public boolean isHeadRepoDeleted() {
        return headRepo == null || headRepo.isDeletedPlaceholder();
    }
}
