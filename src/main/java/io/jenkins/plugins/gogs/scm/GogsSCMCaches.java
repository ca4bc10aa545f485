package io.jenkins.plugins.gogs.scm;

import io.jenkins.plugins.gogs.discovery.DiscoveryCache;
import io.jenkins.plugins.gogs.discovery.ProbeCache;
import io.jenkins.plugins.gogs.discovery.RepositoryKey;

/**
 * What scans of all Gogs sources of this Jenkins share in memory: discovery answers (tag times, closed pull
 * requests, fork heads, pull request targets learned from webhooks) and probe answers by commit. The webhook layer
 * tells it what changed ({@link #pullRequestChanged}, {@link #repositoryChanged}).
 */
public final class GogsSCMCaches {

    private static final DiscoveryCache DISCOVERY = new DiscoveryCache();
    private static final ProbeCache PROBES = new ProbeCache();

    private GogsSCMCaches() {}

    public static DiscoveryCache discovery() {
        return DISCOVERY;
    }

    public static ProbeCache probes() {
        return PROBES;
    }

    /**
     * A webhook said a pull request was opened, edited, reopened, synchronized, closed or merged: remember its target
     * branch (when the payload has one) and ask Gogs about its state again at the next scan.
     */
    public static void pullRequestChanged(
            String serverUrl, String owner, String repository, long number, String baseBranch) {
        RepositoryKey key = new RepositoryKey(serverUrl, owner, repository);
        DISCOVERY.forgetPullRequest(key, number);
        if (baseBranch != null && !baseBranch.isBlank()) {
            DISCOVERY.rememberBaseBranch(key, number, baseBranch);
        }
    }

    /** A repository was deleted or its history rewritten: forget what scans remembered of it. */
    public static void repositoryChanged(String serverUrl, String owner, String repository) {
        RepositoryKey key = new RepositoryKey(serverUrl, owner, repository);
        DISCOVERY.forgetRepository(key);
        PROBES.forget(key);
    }
}
