package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.discovery.PullRequestFacts;
import java.util.Objects;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The branch, tag or pull request an event is about, with what the payload tells of it. The SCM adapter turns it
 * into the heads of a source; anything the payload does not carry (a tag's commit, a pull request's head commit)
 * is left for the source to read from Gogs.
 */
@Restricted(NoExternalUse.class)
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
     * {@code sourceOwner/sourceRepository}, opened by {@code author}. The source repository is null when it was
     * deleted; {@code fromFork} is then true, since a pull request from the base repository itself cannot lose its
     * head repository. The author is null only when the payload lacks it.
     */
    record PullRequest(
            long number,
            String targetBranch,
            String sourceBranch,
            String sourceOwner,
            String sourceRepository,
            boolean fromFork,
            String author)
            implements ChangedHead {
        public PullRequest {
            Objects.requireNonNull(targetBranch, "targetBranch");
            Objects.requireNonNull(sourceBranch, "sourceBranch");
        }

        /**
         * What this tells about the pull request for good (Gogs fixes target, head and author when it is opened), for
         * scans to use instead of guessing; empty when the payload lacks something of it.
         */
        public Optional<PullRequestFacts> facts() {
            if (author == null
                    || author.isBlank()
                    || targetBranch.isBlank()
                    || sourceBranch.isBlank()
                    || (!fromFork && (sourceOwner == null || sourceRepository == null))) {
                return Optional.empty();
            }
            return Optional.of(
                    new PullRequestFacts(targetBranch, sourceBranch, sourceOwner, sourceRepository, fromFork, author));
        }
    }
}
