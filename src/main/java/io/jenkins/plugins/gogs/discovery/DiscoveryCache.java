package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What {@link HeadDiscovery} remembers between scans so that a rescan with nothing changed asks Gogs for no more than
 * the ref listing and the state of open pull requests. Share one per Jenkins (or per server); thread-safe; each part
 * is bounded (least recently used entries are forgotten first).
 *
 * <ul>
 *   <li>Commit times of tagged commits, by commit SHA (a commit never changes): tags cost no request once seen.</li>
 *   <li>Pull request states. <b>Merged</b> is final (Gogs never unsets "merged", and no longer moves the ref):
 *       never asked again. <b>Closed</b> is remembered with the head SHA and asked again when the head
 *       moves, when {@link #forgetPullRequest} is called (the webhook layer does on {@code reopened}), or after
 *       {@code closedRecheckInterval} (a reopening without webhooks is noticed that late at most). <b>Open</b> is
 *       never remembered: it is asked every scan, since a pull request can be closed or merged without its head
 *       moving.</li>
 *   <li>Where a fork pull request's head commit lives (fork, branch), by number and head SHA.</li>
 *   <li>What {@code pull_request} deliveries said about pull requests (target, head branch, origin):
 *       {@link #knownPullRequests()}, a store the caller may keep in a file ({@link KnownPullRequestsFile}); Gogs'
 *       API cannot tell any of it.</li>
 * </ul>
 */
@Restricted(NoExternalUse.class)
public final class DiscoveryCache {

    public static final int DEFAULT_MAX_ENTRIES = 10_000;
    public static final Duration DEFAULT_CLOSED_RECHECK_INTERVAL = Duration.ofHours(1);

    record CommitKey(RepositoryKey repository, String sha) {}

    record PullKey(RepositoryKey repository, long number) {}

    record HeadKey(RepositoryKey repository, long number, String sha) {}

    /** A pull request seen closed (merged or not) with that head. */
    record ClosedState(String headSha, boolean merged, Instant checkedAt) {}

    private final BoundedCache<CommitKey, Instant> commitTimes;
    private final BoundedCache<PullKey, ClosedState> closed;
    private final BoundedCache<HeadKey, PullRequestHead> forkHeads;
    private final KnownPullRequests knownPullRequests;
    private final Duration closedRecheckInterval;
    private final Clock clock;

    /** A cache whose pull request facts live in memory only. */
    public DiscoveryCache() {
        this(new KnownPullRequests());
    }

    /** A cache that takes pull request facts from {@code knownPullRequests} (e.g. kept in a file). */
    public DiscoveryCache(KnownPullRequests knownPullRequests) {
        this(DEFAULT_MAX_ENTRIES, DEFAULT_CLOSED_RECHECK_INTERVAL, Clock.systemUTC(), knownPullRequests);
    }

    /**
     * @param maxEntries            the bound of each part
     * @param closedRecheckInterval how long a closed, unmerged pull request is taken as still closed
     */
    public DiscoveryCache(int maxEntries, Duration closedRecheckInterval, Clock clock) {
        this(maxEntries, closedRecheckInterval, clock, new KnownPullRequests(maxEntries));
    }

    public DiscoveryCache(
            int maxEntries, Duration closedRecheckInterval, Clock clock, KnownPullRequests knownPullRequests) {
        if (closedRecheckInterval == null || closedRecheckInterval.isNegative()) {
            throw new IllegalArgumentException("The recheck interval of closed pull requests must not be negative");
        }
        this.commitTimes = new BoundedCache<>(maxEntries);
        this.closed = new BoundedCache<>(maxEntries);
        this.forkHeads = new BoundedCache<>(maxEntries);
        this.knownPullRequests = Objects.requireNonNull(knownPullRequests, "knownPullRequests");
        this.closedRecheckInterval = closedRecheckInterval;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What {@code pull_request} deliveries said about pull requests; the webhook layer
     * {@link KnownPullRequests#learn teaches} it, discoveries read it.
     */
    public KnownPullRequests knownPullRequests() {
        return knownPullRequests;
    }

    /**
     * Makes the next scan ask for this pull request's state and fork head again (e.g. after a webhook said it changed);
     * what deliveries said about it stays known.
     */
    public void forgetPullRequest(RepositoryKey repository, long number) {
        closed.remove(new PullKey(repository, number));
        forkHeads.removeKeys(k -> k.repository().equals(repository) && k.number() == number);
    }

    /** Forgets everything about a repository (deleted, renamed, or its history rewritten). */
    public void forgetRepository(RepositoryKey repository) {
        commitTimes.removeKeys(k -> k.repository().equals(repository));
        closed.removeKeys(k -> k.repository().equals(repository));
        forkHeads.removeKeys(k -> k.repository().equals(repository));
        knownPullRequests.forgetRepository(repository);
    }

    Optional<Instant> commitTime(RepositoryKey repository, String sha) {
        return Optional.ofNullable(commitTimes.get(new CommitKey(repository, sha)));
    }

    void rememberCommitTime(RepositoryKey repository, String sha, Instant time) {
        commitTimes.put(new CommitKey(repository, sha), time);
    }

    /** True when the pull request is known to be closed or merged with this head, and that is still to be believed. */
    boolean knownClosed(RepositoryKey repository, long number, String headSha) {
        ClosedState state = closed.get(new PullKey(repository, number));
        if (state == null || !state.headSha().equals(headSha)) {
            return false;
        }
        return state.merged() || clock.instant().isBefore(state.checkedAt().plus(closedRecheckInterval));
    }

    void rememberClosed(RepositoryKey repository, long number, String headSha, boolean merged) {
        closed.put(new PullKey(repository, number), new ClosedState(headSha, merged, clock.instant()));
    }

    Optional<PullRequestHead> forkHead(RepositoryKey repository, long number, String headSha) {
        return Optional.ofNullable(forkHeads.get(new HeadKey(repository, number, headSha)));
    }

    void rememberForkHead(RepositoryKey repository, long number, String headSha, PullRequestHead head) {
        forkHeads.put(new HeadKey(repository, number, headSha), head);
    }
}
