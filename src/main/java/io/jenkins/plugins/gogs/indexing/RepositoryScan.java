package io.jenkins.plugins.gogs.indexing;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RepositoryCheck;
import io.jenkins.plugins.gogs.discovery.DiscoveredHeads;
import io.jenkins.plugins.gogs.discovery.DiscoveryCache;
import io.jenkins.plugins.gogs.discovery.FileProbe;
import io.jenkins.plugins.gogs.discovery.HeadDiscovery;
import io.jenkins.plugins.gogs.discovery.ProbeCache;
import io.jenkins.plugins.gogs.discovery.ProbePlan;
import io.jenkins.plugins.gogs.files.RevisionFiles;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Map;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The Gogs side of one multibranch scan of one repository, without Jenkins: discover the heads (one ref listing plus
 * what pull requests need), plan them by the options, and answer "is this path there?" per commit through the
 * shared probe cache. The SCM adapter offers the planned heads to Jenkins; everything it asks Gogs goes through
 * here, so the requests of a scan can be counted against a real Gogs.
 *
 * <p>Building one costs no request. One instance serves one scan: its probe plan and file readers share answers,
 * and a 404 inside the repository (a commit without the probed file) costs no {@code GET /repos/:o/:r} to tell it
 * from a vanished repository once the scan's ref listing (or any other answer of the repository) succeeded.
 */
@Restricted(NoExternalUse.class)
public final class RepositoryScan {

    /** What one scan found and decided to offer. */
    public record Result(DiscoveredHeads discovered, HeadPlan plan) {}

    private final GogsClient client;
    private final String owner;
    private final String repository;
    private final HeadDiscovery discovery;
    private final ProbePlan probes;
    // the ref listing, a probe or a file read tells the others of this scan that the repository is there
    private final RepositoryCheck check = new RepositoryCheck();

    public RepositoryScan(
            GogsClient client, String owner, String repository, DiscoveryCache discoveryCache, ProbeCache probeCache) {
        this.client = Objects.requireNonNull(client, "client");
        this.owner = owner;
        this.repository = repository;
        this.discovery = new HeadDiscovery(client, owner, repository, discoveryCache, check);
        this.probes =
                new ProbePlan(discovery.repositoryKey(), FileProbe.of(client, owner, repository, check), probeCache);
    }

    /** The key under which discoveries and probe answers of this repository are remembered. */
    public RepositoryKey key() {
        return discovery.repositoryKey();
    }

    /**
     * Discovers what the options need and plans the heads to offer.
     *
     * @throws io.jenkins.plugins.gogs.client.GogsException when Gogs cannot be asked
     */
    public Result plan(IndexingOptions options) {
        return plan(options, Map.of());
    }

    /**
     * As {@link #plan(IndexingOptions)}, for pull requests whose target Jenkins recorded (a job's head): a pull
     * request Gogs' deliveries told nothing about keeps that target instead of the default branch.
     */
    public Result plan(IndexingOptions options, Map<Long, String> recordedBaseBranches) {
        DiscoveredHeads heads = discovery.discover(options.discoveryRequest(recordedBaseBranches));
        return new Result(heads, HeadPlanner.plan(heads, options));
    }

    /** The probes of this scan: one answer per (commit, path), remembered across scans. */
    public ProbePlan probes() {
        return probes;
    }

    /** The files at one commit; paths the probes already answered for cost no request to tell apart. */
    public RevisionFiles files(String commitSha) {
        return new RevisionFiles(client.repo(owner, repository).sharing(check), commitSha, probes);
    }

    @Override
    public String toString() {
        return "scan of " + key();
    }
}
