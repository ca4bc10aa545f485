package io.jenkins.plugins.gogs.issues;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Where a job's Gogs branch source points: what issue steps fall back to when a pipeline names no server,
 * repository or credentials (the steps adapt {@code io.jenkins.plugins.gogs.scm.GogsSCMSource} to it).
 */
@Restricted(NoExternalUse.class)
public interface GogsRepositorySource {

    /** The Gogs server's URL. */
    String getServerUrl();

    String getRepoOwner();

    String getRepository();

    /** The credentials id the branch source scans with, or null. */
    String getCredentialsId();
}
