package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.IssueState;
import io.jenkins.plugins.gogs.client.IssuesApi;
import io.jenkins.plugins.gogs.client.ServerErrorException;
import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.client.model.NewIssue;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Creates an issue despite Gogs' number race: Gogs numbers a new issue from a counter it reads without a lock, so
 * two issues created in one repository at the same moment (parallel pipeline branches) get the same number and one
 * of them fails with HTTP 500, storing nothing. The client never retries a
 * POST, because it cannot know whether Gogs acted. Here the answer can be checked: after a 500, when the newest issues
 * hold none with this title and text created since shortly before the attempt, nothing was stored and the create is
 * tried again, after a short random pause so that the colliding creates drift apart. (Gogs commits the issue before
 * it reads it back for the answer, so a 500 can, rarely, come after the issue was stored.)
 */
@Restricted(NoExternalUse.class)
final class IssueCreation {

    static final int ATTEMPTS = 4;
    /** How many of the newest open issues are looked at for a stored copy: more than parallel branches create. */
    private static final int RECENT = 20;
    /** Allowed difference between this machine's clock and Gogs' (its times are whole seconds). */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

    private final IssuesApi issues;

    IssueCreation(IssuesApi issues) {
        this.issues = issues;
    }

    Issue create(NewIssue issue) {
        Instant started = Instant.now().minus(CLOCK_TOLERANCE);
        for (int attempt = 1; ; attempt++) {
            try {
                return issues.create(issue);
            } catch (ServerErrorException e) {
                Optional<Issue> stored = storedCopy(issue, started);
                if (stored.isPresent()) {
                    throw new StoredDespiteFailure(stored.get(), e);
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private Optional<Issue> storedCopy(NewIssue issue, Instant since) {
        try (Stream<Issue> recent = issues.stream(IssueState.ALL)) {
            return recent.limit(RECENT)
                    .filter(i ->
                            i.createdAt() == null || !i.createdAt().toInstant().isBefore(since))
                    .filter(i -> i.title().equals(issue.title()) && Objects.equals(i.body(), issue.body()))
                    .findFirst();
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 120) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while creating an issue");
        }
    }

    /**
     * Gogs failed, yet an issue with this title and text exists: it may be ours (stored before the failure) or a
     * twin created in parallel. Creating again could duplicate it, so the caller reports it instead.
     */
    static final class StoredDespiteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Issue existing;

        StoredDespiteFailure(Issue existing, ServerErrorException cause) {
            super(cause);
            this.existing = existing;
        }

        Issue existing() {
            return existing;
        }
    }
}
