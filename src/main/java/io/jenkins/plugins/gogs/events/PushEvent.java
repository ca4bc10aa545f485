package io.jenkins.plugins.gogs.events;

import java.util.List;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Commits pushed to a branch. A push that creates a branch comes after a {@link RefCreatedEvent} and has
 * {@code before} = 40 zeros; a tag push sends no push event, only a create event. {@code commits} is newest first
 * (by commit time) and truncated by Gogs (5 by default), so it is not the full list. Gogs lists
 * {@code before...after}, both sides: after a force push it holds the replaced commits too, and one of them comes
 * first when it is as new as the pushed one.
 */
@Restricted(NoExternalUse.class)
public record PushEvent(
        String ref,
        String before,
        String after,
        String compareUrl,
        List<PushCommit> commits,
        WebhookRepository repository,
        WebhookUser pusher,
        WebhookUser sender)
        implements GogsWebhookEvent {

    public PushEvent {
        commits = commits == null ? List.of() : List.copyOf(commits);
    }

    @Override
    public String eventName() {
        return "push";
    }

    public GitRef gitRef() {
        return GitRef.fromFullName(ref);
    }

    /** The push created the ref ({@code before} is the zero SHA). */
    public boolean created() {
        return isZeroSha(before);
    }

    /** The push deleted the ref ({@code after} is the zero SHA); Gogs sends a delete event instead, as a rule. */
    public boolean deleted() {
        return isZeroSha(after);
    }

    /**
     * The commit the ref now points at ({@code after}), when the payload lists it. Not simply the first commit: for a
     * force push Gogs lists the symmetric difference of the old and the new tip ({@code git rev-list old...new}) by
     * commit date, so the replaced commits are listed too and may come first.
     */
    public Optional<PushCommit> headCommit() {
        return commits.stream()
                .filter(commit -> commit.id() != null && commit.id().equalsIgnoreCase(after))
                .findFirst();
    }

    @Override
    public ScmChange scmChange() {
        if (deleted()) {
            return ScmChange.REMOVED;
        }
        return created() ? ScmChange.CREATED : ScmChange.UPDATED;
    }

    static boolean isZeroSha(String sha) {
        return sha != null && !sha.isEmpty() && sha.chars().allMatch(c -> c == '0');
    }
}
