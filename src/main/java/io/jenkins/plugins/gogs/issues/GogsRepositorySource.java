package io.jenkins.plugins.gogs.issues;

/**
 * Where a job's Gogs branch source points: what issue steps fall back to when a pipeline names no server,
 * repository or credentials. The method names are those of {@code io.jenkins.plugins.gogs.scm.GogsSCMSource}, so that
 * class can implement this interface as it is.
 */
public interface GogsRepositorySource {

    /** The Gogs server's URL. */
    String getServerUrl();

    String getRepoOwner();

    String getRepository();

    /** The credentials id the branch source scans with, or null. */
    String getCredentialsId();
}
