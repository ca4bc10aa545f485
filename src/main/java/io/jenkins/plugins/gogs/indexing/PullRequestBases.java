package io.jenkins.plugins.gogs.indexing;

import io.jenkins.plugins.gogs.discovery.RepositoryKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The target branches of pull requests as webhooks told them (Gogs' API cannot): scans use them instead of assuming
 * the default branch. Kept in memory; after a restart a pull request targets the default branch until its next
 * webhook. Thread-safe; one per Jenkins.
 */
public final class PullRequestBases {

    private final Map<RepositoryKey, Map<Long, String>> bases = new ConcurrentHashMap<>();

    public void remember(RepositoryKey repository, long number, String baseBranch) {
        if (baseBranch == null || baseBranch.isBlank()) {
            return;
        }
        bases.computeIfAbsent(repository, k -> new ConcurrentHashMap<>()).put(number, baseBranch);
    }

    public void forget(RepositoryKey repository, long number) {
        Map<Long, String> known = bases.get(repository);
        if (known != null) {
            known.remove(number);
        }
    }

    /** Pull request number to target branch, for one repository. */
    public Map<Long, String> known(RepositoryKey repository) {
        Map<Long, String> known = bases.get(repository);
        return known == null ? Map.of() : Map.copyOf(known);
    }
}
