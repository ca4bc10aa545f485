package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.events.ScmNotice.HeadNotice;
import io.jenkins.plugins.gogs.events.ScmNotice.SourceNotice;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Decides what an accepted event means for Jenkins' multibranch projects and organization folders.
 * <table>
 *   <caption>Gogs events and what they become</caption>
 *   <tr><th>event</th><th>notice</th></tr>
 *   <tr><td>push to a branch</td><td>branch created (first push), updated, or removed, with the new tip</td></tr>
 *   <tr><td>create</td><td>branch or tag created (Gogs sends no push for tags)</td></tr>
 *   <tr><td>delete</td><td>branch or tag removed</td></tr>
 *   <tr><td>pull_request</td><td>opened, reopened: created; synchronized, edited: updated; closed, merged or not:
 *       removed; labels, milestones, assignees: nothing. Told after {@link #pullRequestDelay()}.</td></tr>
 *   <tr><td>release (published)</td><td>tag created: a release made in the web UI may be the only notice of its
 *       tag</td></tr>
 *   <tr><td>fork</td><td>the fork is a new repository of its owner</td></tr>
 *   <tr><td>issues, issue_comment, anything else</td><td>nothing</td></tr>
 * </table>
 */
@Restricted(NoExternalUse.class)
public final class ScmNotices {

    /**
     * How long to wait before telling Jenkins about a pull request, unless {@link #PULL_REQUEST_DELAY_PROPERTY} says
     * otherwise. Gogs queues the {@code opened} and {@code synchronized} deliveries before it pushes the head branch
     * to {@code refs/pull/<n>/head} of the base repository, and delivers them at once on another goroutine, so a scan
     * started on arrival can still see the previous commit (or no ref at all). All pull-request notices wait the same
     * time, so that they stay in order.
     */
    public static final Duration DEFAULT_PULL_REQUEST_DELAY = Duration.ofSeconds(5);

    /** The longest delay the property may set; larger values are clamped to it (github-branch-source's limit too). */
    public static final Duration MAX_PULL_REQUEST_DELAY = Duration.ofMinutes(5);

    /**
     * The system property that sets the pull-request delay in whole seconds, read at each event, so that it can also
     * be changed in the script console without a restart.
     */
    public static final String PULL_REQUEST_DELAY_PROPERTY = ScmNotices.class.getName() + ".pullRequestDelaySeconds";

    private static final Logger LOGGER = Logger.getLogger(ScmNotices.class.getName());

    /** The last unusable property value warned about, so that a wrong value is logged once, not at every event. */
    private static volatile String warnedValue;

    private ScmNotices() {}

    /** The delay of pull-request notices: {@link #PULL_REQUEST_DELAY_PROPERTY} as it is set now. */
    public static Duration pullRequestDelay() {
        return pullRequestDelay(System.getProperty(PULL_REQUEST_DELAY_PROPERTY));
    }

    /**
     * The delay that a value of {@link #PULL_REQUEST_DELAY_PROPERTY} sets: whole seconds from 0 to
     * {@link #MAX_PULL_REQUEST_DELAY}, out-of-range values clamped; unset, blank or not a whole number gives
     * {@link #DEFAULT_PULL_REQUEST_DELAY}.
     */
    static Duration pullRequestDelay(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return DEFAULT_PULL_REQUEST_DELAY;
        }
        BigInteger value; // so that a number too large for a long is clamped like any other
        try {
            value = new BigInteger(seconds.trim());
        } catch (NumberFormatException notANumber) {
            if (!seconds.equals(warnedValue)) {
                warnedValue = seconds;
                LOGGER.log(
                        Level.WARNING,
                        "{0}={1} is not a whole number of seconds; pull-request events wait {2} s",
                        new Object[] {PULL_REQUEST_DELAY_PROPERTY, seconds, DEFAULT_PULL_REQUEST_DELAY.toSeconds()});
            }
            return DEFAULT_PULL_REQUEST_DELAY;
        }
        BigInteger clamped = value.max(BigInteger.ZERO).min(BigInteger.valueOf(MAX_PULL_REQUEST_DELAY.toSeconds()));
        return Duration.ofSeconds(clamped.longValueExact());
    }

    /**
     * The notice for a verified delivery of an event from the configured server at {@code serverUrl}, or empty
     * when the event changes nothing Jenkins builds.
     */
    public static Optional<ScmNotice> of(GogsWebhookEvent event, String serverUrl) {
        return of(event, serverUrl, true);
    }

    /**
     * As {@link #of(GogsWebhookEvent, String)}; an unverified delivery (its server has no secret) gives no
     * pull-request notice: a pull request's target branch is known only from the payload, which nothing vouches
     * for then, and an unverified delivery must not do more than make Jenkins read the repository. Scans still find
     * pull requests.
     */
    public static Optional<ScmNotice> of(GogsWebhookEvent event, String serverUrl, boolean signatureVerified) {
        if (!signatureVerified && event instanceof PullRequestEvent) {
            return Optional.empty();
        }
        if (event.repository() == null || !event.scmRelevant()) {
            return Optional.empty();
        }
        Optional<RepositoryKey> key = event.repository().keyOn(serverUrl);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        RepositoryKey repository = key.get();
        if (event instanceof PushEvent push) {
            return push(push, repository);
        }
        if (event instanceof RefCreatedEvent create) {
            return ref(create.gitRef(), null, ScmChange.CREATED, repository);
        }
        if (event instanceof RefDeletedEvent delete) {
            return ref(delete.gitRef(), null, ScmChange.REMOVED, repository);
        }
        if (event instanceof PullRequestEvent pull) {
            return pullRequest(pull, repository);
        }
        if (event instanceof ReleaseEvent release
                && release.release() != null
                && notBlank(release.release().tagName())) {
            return ref(release.gitRef(), null, ScmChange.CREATED, repository)
                    .map(notice -> withSummary(
                            (HeadNotice) notice,
                            Messages.ScmNotices_Release(release.release().tagName())));
        }
        if (event instanceof ForkEvent fork && fork.forkee() != null) {
            return fork.forkee()
                    .keyOn(serverUrl)
                    .map(forkee -> new SourceNotice(
                            ScmChange.CREATED, forkee, Messages.ScmNotices_Fork(repository.fullName())));
        }
        return Optional.empty();
    }

    private static Optional<ScmNotice> push(PushEvent push, RepositoryKey repository) {
        GitRef ref = push.gitRef();
        String sha = push.deleted() || !notBlank(push.after()) ? null : push.after();
        return ref(ref, sha, push.scmChange(), repository);
    }

    private static Optional<ScmNotice> ref(GitRef ref, String sha, ScmChange change, RepositoryKey repository) {
        if (!notBlank(ref.name())) {
            return Optional.empty();
        }
        switch (ref.kind()) {
            case BRANCH:
                return Optional.of(new HeadNotice(
                        change,
                        repository,
                        new ChangedHead.Branch(ref.name(), sha),
                        branchSummary(ref.name(), change),
                        Duration.ZERO));
            case TAG:
                return Optional.of(new HeadNotice(
                        change,
                        repository,
                        new ChangedHead.Tag(ref.name()),
                        change == ScmChange.REMOVED
                                ? Messages.ScmNotices_TagDeleted(ref.name())
                                : Messages.ScmNotices_TagCreated(ref.name()),
                        Duration.ZERO));
            default:
                return Optional.empty(); // refs/notes/... and the like: nothing Jenkins builds
        }
    }

    private static String branchSummary(String name, ScmChange change) {
        switch (change) {
            case CREATED:
                return Messages.ScmNotices_BranchCreated(name);
            case REMOVED:
                return Messages.ScmNotices_BranchDeleted(name);
            default:
                return Messages.ScmNotices_BranchPushed(name);
        }
    }

    private static Optional<ScmNotice> pullRequest(PullRequestEvent event, RepositoryKey repository) {
        WebhookPullRequest pr = event.pullRequest();
        if (pr == null || !notBlank(pr.baseBranch()) || !notBlank(pr.headBranch())) {
            return Optional.empty();
        }
        long number = event.number() > 0 ? event.number() : pr.number();
        WebhookRepository head = pr.isHeadRepoDeleted() ? null : pr.headRepo();
        ChangedHead.PullRequest changed = new ChangedHead.PullRequest(
                number,
                pr.baseBranch(),
                pr.headBranch(),
                head == null ? null : head.ownerName(),
                head == null ? null : head.name(),
                pr.isFromFork(),
                pr.user() == null ? null : pr.user().username());
        return Optional.of(new HeadNotice(
                event.scmChange(),
                repository,
                changed,
                pullRequestSummary(event, String.valueOf(number)),
                pullRequestDelay()));
    }

    private static String pullRequestSummary(PullRequestEvent event, String number) {
        switch (event.actionKind()) {
            case OPENED:
                return Messages.ScmNotices_PullRequestOpened(number);
            case REOPENED:
                return Messages.ScmNotices_PullRequestReopened(number);
            case SYNCHRONIZED:
                return Messages.ScmNotices_PullRequestUpdated(number);
            case EDITED:
                return Messages.ScmNotices_PullRequestEdited(number);
            default:
                return event.isMerged()
                        ? Messages.ScmNotices_PullRequestMerged(number)
                        : Messages.ScmNotices_PullRequestClosed(number);
        }
    }

    private static HeadNotice withSummary(HeadNotice notice, String summary) {
        return new HeadNotice(notice.change(), notice.repository(), notice.head(), summary, notice.delay());
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
