package io.jenkins.plugins.gogs.discovery;

import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Where a pull request's head commit comes from. Gogs has no pull request API: this is what its {@code pull_request}
 * deliveries said ({@link PullRequestFacts}), or else what git refs suggest: a head commit that is the tip of a branch
 * of the base repository makes an {@link Kind#ORIGIN} pull request; one that is the tip of a branch of one of its
 * forks a {@link Kind#FORK} pull request; anything else (the head branch moved on or was deleted, a private fork) an
 * {@link Kind#UNKNOWN_FORK}, to be treated as an untrusted fork.
 *
 * @param owner      the head repository's owner; null for {@link Kind#UNKNOWN_FORK}
 * @param repository the head repository's name; null for {@link Kind#UNKNOWN_FORK}
 * @param branch     the head branch when it is known: Gogs named it, or exactly one branch holds the head commit;
 *                   null when nothing named it and several branches (or none) hold the head commit, since picking
 *                   one of them would present a guess as the pull request's branch
 */
@Restricted(NoExternalUse.class)
public record PullRequestHead(Kind kind, String owner, String repository, String branch) {

    public enum Kind {
        /** A branch of the base repository. */
        ORIGIN,
        /** A branch of a fork of the base repository. */
        FORK,
        /** Not found in the base repository or its forks visible to the credential: an untrusted fork. */
        UNKNOWN_FORK
    }

    public PullRequestHead {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.UNKNOWN_FORK) {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(repository, "repository");
        }
    }

    public static PullRequestHead origin(String owner, String repository, String branch) {
        return new PullRequestHead(Kind.ORIGIN, owner, repository, branch);
    }

    public static PullRequestHead fork(String owner, String repository, String branch) {
        return new PullRequestHead(Kind.FORK, owner, repository, branch);
    }

    public static PullRequestHead unknownFork() {
        return unknownFork(null);
    }

    /** An untrusted fork whose branch Gogs named, but not its repository (it was deleted). */
    public static PullRequestHead unknownFork(String branch) {
        return new PullRequestHead(Kind.UNKNOWN_FORK, null, null, branch);
    }

    /** Whether the head is outside the base repository (a fork, known or not). */
    public boolean isFork() {
        return kind != Kind.ORIGIN;
    }
}
