package io.jenkins.plugins.gogs.feedback;

import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One build as a pull request shows it.
 *
 * @param job            the job's name as Jenkins shows it, e.g. {@code PR-3} or {@code feature/x}
 * @param number         the build number
 * @param status         running, or the result
 * @param commit         the commit built (full SHA), null when not known yet
 * @param commitUrl      the commit's page in Gogs, or null
 * @param durationMillis how long the build took; negative while running
 * @param buildUrl       the build's page in Jenkins (absolute), or null when Jenkins' URL is not configured
 * @param consoleUrl     the build's console output (absolute), or null
 * @param failingStage   the Pipeline stage that failed, when known
 * @param startedAt      when the build started (epoch milliseconds); orders the history
 */
@Restricted(NoExternalUse.class)
public record BuildReport(
        String job,
        int number,
        BuildStatus status,
        String commit,
        String commitUrl,
        long durationMillis,
        String buildUrl,
        String consoleUrl,
        String failingStage,
        long startedAt) {

    public BuildReport {
        if (job == null || job.isBlank()) {
            throw new IllegalArgumentException("A build report names its job");
        }
        Objects.requireNonNull(status, "status");
        commit = blankToNull(commit);
        commitUrl = blankToNull(commitUrl);
        buildUrl = blankToNull(buildUrl);
        consoleUrl = blankToNull(consoleUrl);
        failingStage = blankToNull(failingStage);
    }

    /** Whether this report is about the same build as {@code other} (a later report replaces an earlier one). */
    public boolean sameBuild(BuildReport other) {
        return job.equals(other.job) && number == other.number;
    }

    /** The first seven characters of the commit, or null. */
    public String shortCommit() {
        return commit == null ? null : commit.substring(0, Math.min(7, commit.length()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
