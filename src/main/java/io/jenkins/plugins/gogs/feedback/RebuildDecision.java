package io.jenkins.plugins.gogs.feedback;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** What to do about a comment delivery: rebuild a pull request, or nothing (and why, for the system log only). */
@Restricted(NoExternalUse.class)
public sealed interface RebuildDecision {

    /** Schedule the jobs of pull request {@code number} of {@code owner/repository}; {@code user} asked. */
    record Rebuild(String owner, String repository, long number, String user, String why) implements RebuildDecision {}

    /** Do nothing; nobody is told except the system log. */
    record Ignore(String why) implements RebuildDecision {}
}
