package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.time.Duration;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What Jenkins should be told about an accepted delivery, decided without Jenkins: a change of one head (branch,
 * tag, pull request) of a repository, or of a repository itself. The adapter fires one SCM API event per notice.
 * {@link #summary()} is a short sentence for logs and the events page, e.g. {@code Push to branch main}.
 */
@Restricted(NoExternalUse.class)
public sealed interface ScmNotice {

    ScmChange change();

    /** The repository the notice is about, on the configured server the delivery came from. */
    RepositoryKey repository();

    /** What happened, without the repository, e.g. {@code Pull request #3 merged}. */
    String summary();

    /** What happened, with the repository, e.g. {@code Pull request #3 merged in alice/demo}. */
    default String description() {
        return Messages.ScmNotice_Description(summary(), repository().fullName());
    }

    /**
     * A head changed. {@code delay} is how long to wait before telling Jenkins, for heads Gogs updates only after it
     * queued the delivery (see {@link ScmNotices#pullRequestDelay()}).
     */
    record HeadNotice(ScmChange change, RepositoryKey repository, ChangedHead head, String summary, Duration delay)
            implements ScmNotice {
        public HeadNotice {
            requireChange(change);
            Objects.requireNonNull(repository, "repository");
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(summary, "summary");
            delay = delay == null ? Duration.ZERO : delay;
        }
    }

    /**
     * A repository appeared (a fork): organization folders of its owner should look at it. {@code repository} is
     * the new repository.
     */
    record SourceNotice(ScmChange change, RepositoryKey repository, String summary) implements ScmNotice {
        public SourceNotice {
            requireChange(change);
            Objects.requireNonNull(repository, "repository");
            Objects.requireNonNull(summary, "summary");
        }
    }

    private static void requireChange(ScmChange change) {
        if (change == null || change == ScmChange.NONE) {
            throw new IllegalArgumentException("A notice is about a created, updated or removed head or repository");
        }
    }
}
