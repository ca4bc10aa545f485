package io.jenkins.plugins.gogs.events;

import java.util.Objects;

/**
 * The branch, tag or pull request an event is about, with what the payload tells of it. The SCM adapter turns it
 * into the heads of a source; anything the payload does not carry (a tag's commit, a pull request's head commit)
 * is left for the source to read from Gogs.
 */
public sealed interface ChangedHead {

    /**
     * A branch; {@code sha} is its new tip when the payload has one (a push), else null (a create event, which
     * comes before the push, or a deletion).
     */
    record Branch(String name, String sha) implements ChangedHead {
        public Branch {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A tag. No commit is kept: a create event carries the tag's ref value, which for an annotated tag is the tag
     * object and not the commit, and a release carries none.
     */
    record Tag(String name) implements ChangedHead {
        public Tag {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A pull request, {@code number} in the base repository, into {@code targetBranch}, from {@code sourceBranch} of
     * {@code sourceOwner/sourceRepository}. The source repository is null when it was deleted; {@code fromFork}
     * is then true, since a pull request from the base repository itself cannot lose its head repository.
     */
    record PullRequest(
            long number,
            String targetBranch,
            String sourceBranch,
            String sourceOwner,
            String sourceRepository,
            boolean fromFork)
            implements ChangedHead {
        public PullRequest {
            Objects.requireNonNull(targetBranch, "targetBranch");
            Objects.requireNonNull(sourceBranch, "sourceBranch");
        }
    }
}
