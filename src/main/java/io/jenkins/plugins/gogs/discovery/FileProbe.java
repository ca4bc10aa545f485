package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RepositoryCheck;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Tells what a path is at a commit, e.g. whether a {@code Jenkinsfile} exists, without a clone. Implementations ask
 * Gogs; {@link ProbePlan} decides when to ask and remembers the answers.
 */
@FunctionalInterface
@Restricted(NoExternalUse.class)
public interface FileProbe {

    /**
     * @param commitSha a full commit SHA
     * @param path      a path relative to the repository root, '/' separated
     */
    PathKind probe(String commitSha, String path);

    /**
     * A probe through the client's contents API: one request when the path exists, two when it does not (after a
     * 404 the client checks that the repository itself is still there).
     */
    static FileProbe of(GogsClient client, String owner, String repository) {
        return new ContentsFileProbe(client.repo(owner, repository));
    }

    /**
     * As {@link #of(GogsClient, String, String)}, sharing {@code check} with the other requests of the same scan: a
     * probe that answers 404 asks for the repository itself only if nothing of the scan saw it yet (its ref listing
     * did, in a scan that discovers heads first), so at most once per scan.
     */
    static FileProbe of(GogsClient client, String owner, String repository, RepositoryCheck check) {
        return new ContentsFileProbe(client.repo(owner, repository).sharing(check));
    }
}
