package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.RepositoryCheck;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Finds the heads of one repository that a multibranch scan builds: branches, tags with their commit times, and open
 * pull requests from the repository and its forks, with the fewest requests Gogs allows.
 *
 * <p>What it costs (see docs/benchmarks.md):
 * <ul>
 *   <li>one request for every ref: git's smart-HTTP advertisement ({@link RefAdvertisement});</li>
 *   <li>tags: nothing for tagged commits seen before, else one {@code GET /tags} for all;</li>
 *   <li>pull requests: one {@code GET /issues/<n>} per open pull request of a wanted kind, and per new or changed
 *       closed one ({@link DiscoveryCache} says which are remembered); the default branch, if git did not advertise
 *       HEAD, one {@code GET /repos/:o/:r}; for open fork pull requests whose head is not remembered, one
 *       {@code GET /forks} and one {@code GET /branches} per fork searched.</li>
 * </ul>
 * A kind the {@link DiscoveryRequest} does not want costs nothing; a request for nothing makes no request at all.
 * Thread-safe (it keeps nothing but the shared cache).
 */
@Restricted(NoExternalUse.class)
public final class HeadDiscovery {

    private final GogsClient client;
    private final String owner;
    private final String repository;
    private final RepositoryKey key;
    private final DiscoveryCache cache;
    private final RepoApi repo;

    public HeadDiscovery(GogsClient client, String owner, String repository, DiscoveryCache cache) {
        this(client, owner, repository, cache, null);
    }

    /**
     * A discovery whose requests to the repository share {@code check} with the rest of a scan (e.g. its
     * {@link FileProbe#of(GogsClient, String, String, RepositoryCheck) probes}): the ref listing tells them that the
     * repository is there.
     */
    public HeadDiscovery(
            GogsClient client, String owner, String repository, DiscoveryCache cache, RepositoryCheck check) {
        this.client = Objects.requireNonNull(client, "client");
        this.owner = owner;
        this.repository = repository;
        this.key = new RepositoryKey(client.serverUrl(), owner, repository);
        this.cache = Objects.requireNonNull(cache, "cache");
        RepoApi api = client.repo(owner, repository);
        this.repo = check == null ? api : api.sharing(check);
    }

    /** The key under which this repository's discoveries and probes are remembered. */
    public RepositoryKey repositoryKey() {
        return key;
    }

    /**
     * Discovers what the request wants.
     *
     * @throws io.jenkins.plugins.gogs.client.GogsException when Gogs cannot be asked (unreachable, no access, ...);
     *         things that merely cannot be known (pull requests of a repository without issues) are warnings
     */
    public DiscoveredHeads discover(DiscoveryRequest request) {
        if (!request.wantsAnything()) {
            return DiscoveredHeads.none();
        }
        RefAdvertisement refs = RefAdvertisement.fetch(repo, owner, repository);
        if (refs.isEmpty()) {
            return DiscoveredHeads.none();
        }
        List<String> warnings = new ArrayList<>();
        DefaultBranch defaultBranch = new DefaultBranch(refs);
        List<DiscoveredBranch> branches = new ArrayList<>();
        if (request.branches()) {
            refs.branches().forEach((name, sha) -> branches.add(new DiscoveredBranch(name, sha)));
        }
        List<DiscoveredTag> tags = request.tags()
                ? new TagTimes(repo, key, cache).resolve(refs.tags().values(), warnings)
                : List.of();
        List<DiscoveredPullRequest> pulls = request.wantsPullRequests()
                ? new PullRequestDiscovery(client, owner, repository, key, cache)
                        .discover(refs, request, defaultBranch, warnings)
                : List.of();
        return new DiscoveredHeads(branches, tags, pulls, defaultBranch.ifKnown(), warnings);
    }

    /** HEAD's branch from the advertisement; asked from the API only if git did not say and someone needs it. */
    private final class DefaultBranch implements Supplier<String> {
        private String name;

        DefaultBranch(RefAdvertisement refs) {
            this.name = refs.headBranch();
        }

        @Override
        public String get() {
            if (name == null) {
                name = repo.get().defaultBranch();
            }
            return name;
        }

        String ifKnown() {
            return name;
        }
    }

    @Override
    public String toString() {
        return "head discovery of " + key;
    }
}
