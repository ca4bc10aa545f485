package io.jenkins.plugins.gogs.push;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** What a push means for one job with a push trigger ({@link PushMatcher#forTrigger}). */
@Restricted(NoExternalUse.class)
public sealed interface PushDecision {

    /**
     * Build the job. {@code remoteUrl} is the job's remote (as written in the job) that names the pushed repository;
     * {@code exactRevision} is true when the build should check out exactly the pushed commit, false when the job's
     * branch specifier holds a variable and the build must resolve it.
     */
    record Build(String remoteUrl, boolean exactRevision) implements PushDecision {}

    /** Leave the job alone; {@code reason} for a fine log line. */
    record Skip(String reason) implements PushDecision {}
}
