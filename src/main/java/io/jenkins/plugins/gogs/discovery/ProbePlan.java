package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Probes one repository's commits for a path (typically the Jenkinsfile) so that each distinct commit is probed once:
 * branches, tags and pull requests on the same commit share the answer, and answers are remembered in the shared
 * {@link ProbeCache}, so a rescan with nothing changed probes nothing. Thread-safe.
 */
@Restricted(NoExternalUse.class)
public final class ProbePlan {

    private static final Pattern FULL_SHA = Pattern.compile("[0-9a-f]{40}");

    private final RepositoryKey repository;
    private final FileProbe probe;
    private final ProbeCache cache;

    public ProbePlan(RepositoryKey repository, FileProbe probe, ProbeCache cache) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * What {@code path} is at the commit: remembered, or probed once.
     *
     * @param commitSha a full, lower-case commit SHA (a branch or tag name moves, so its answer could not be kept)
     */
    public PathKind stat(String commitSha, String path) {
        if (commitSha == null || !FULL_SHA.matcher(commitSha).matches()) {
            throw new IllegalArgumentException("A probe needs a full commit SHA, not '" + commitSha + "'");
        }
        String normalized = normalize(path);
        return cache.get(
                new ProbeCache.Key(repository, commitSha, normalized), () -> probe.probe(commitSha, normalized));
    }

    /**
     * What an earlier probe found {@code path} to be at the commit, without asking Gogs: empty when nobody asked
     * yet (or the answer was forgotten), or when {@code commitSha} is not a full SHA.
     */
    public Optional<PathKind> known(String commitSha, String path) {
        if (commitSha == null || !FULL_SHA.matcher(commitSha).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(cache.peek(new ProbeCache.Key(repository, commitSha, normalize(path))));
    }

    public boolean exists(String commitSha, String path) {
        return stat(commitSha, path).exists();
    }

    /** What {@code path} is at each of the commits (each distinct commit probed at most once), in their order. */
    public Map<String, PathKind> statAll(Collection<String> commitShas, String path) {
        Map<String, PathKind> result = new LinkedHashMap<>();
        for (String sha : commitShas) {
            result.computeIfAbsent(sha, s -> stat(s, path));
        }
        return result;
    }

    /** What {@code path} is at every discovered head's commit. */
    public Map<String, PathKind> statAll(DiscoveredHeads heads, String path) {
        return statAll(heads.distinctCommits(), path);
    }

    /** Repository-relative, without leading, trailing or doubled slashes: one key per path however it is written. */
    static String normalize(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("A probe needs a path");
        }
        StringBuilder out = new StringBuilder();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new IllegalArgumentException("A probe path must stay inside the repository: '" + path + "'");
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part);
        }
        if (out.length() == 0) {
            throw new IllegalArgumentException("A probe needs a path, not the repository root");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "probe plan of " + repository + " with " + cache;
    }
}
