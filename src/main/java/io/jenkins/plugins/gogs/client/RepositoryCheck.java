package io.jenkins.plugins.gogs.client;

/**
 * Whether one repository was seen to be there, shared by the lookups of one piece of work (a scan) through
 * {@link RepoApi#sharing(RepositoryCheck)}. After a 404 inside a repository, the client must tell "no such thing" from
 * "no such repository", which costs a {@code GET /repos/:owner/:repo}; any successful answer from the repository
 * (its ref listing, its record, a file) already tells it, so with a shared check that request is made at most once,
 * and not at all once the repository answered. Thread-safe.
 *
 * <p>Share one only for a short piece of work: it vouches for the repository from the moment it was seen, so a
 * repository deleted (or made unreadable) after that looks, to the same work, like one without the things asked.
 */
public final class RepositoryCheck {

    private boolean seen;

    /** Whether the repository answered successfully since this check was made. */
    public synchronized boolean seen() {
        return seen;
    }

    synchronized void seenNow() {
        seen = true;
    }

    /** Runs {@code check} (which throws if the repository is not there) unless the repository answered before. */
    synchronized void ensure(Runnable check) {
        if (!seen) {
            check.run();
            seen = true;
        }
    }

    @Override
    public synchronized String toString() {
        return seen ? "repository seen" : "repository not seen yet";
    }
}
