package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import io.jenkins.plugins.gogs.discovery.DiscoveredHeads;
import io.jenkins.plugins.gogs.discovery.HeadDiscovery;
import io.jenkins.plugins.gogs.discovery.ProbePlan;
import io.jenkins.plugins.gogs.discovery.FileProbe;
import io.jenkins.plugins.gogs.discovery.RepositoryKey;
import io.jenkins.plugins.gogs.files.RevisionFiles;
import io.jenkins.plugins.gogs.indexing.HeadPlan;
import io.jenkins.plugins.gogs.indexing.HeadPlanner;
import io.jenkins.plugins.gogs.indexing.IndexingOptions;
import io.jenkins.plugins.gogs.indexing.PlannedHead;
import io.jenkins.plugins.gogs.links.RepositoryLinks;
import java.io.IOException;
import java.util.Map;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadEvent;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.trait.SCMSourceRequest;

/**
 * One scan of a {@link GogsSCMSource}: discover the heads (one ref listing plus what pull requests need), plan them
 * by the traits, and offer each to Jenkins with a probe that shares answers by commit.
 */
final class GogsHeadScanner {

    private final GogsSCMSource source;
    private final GogsSCMSourceRequest request;
    private final GogsRepositoryConnection connection;
    private final HeadDiscovery discovery;

    GogsHeadScanner(@NonNull GogsSCMSource source, @NonNull GogsSCMSourceRequest request) throws IOException {
        this.source = source;
        this.request = request;
        this.connection = request.connection();
        this.discovery = new HeadDiscovery(connection.client(), source.getRepoOwner(), source.getRepository(),
                GogsSCMCaches.discovery());
    }

    RepositoryKey repositoryKey() {
        return discovery.repositoryKey();
    }

    /** What this scan offers, after learning pull request targets the event knows. */
    HeadPlan plan(@CheckForNull SCMHeadEvent<?> event) throws IOException {
        rememberTargets(event);
        IndexingOptions options = HeadMapping.options(request);
        DiscoveredHeads heads = GogsSCMFile.call(() -> discovery.discover(options.discoveryRequest(Map.of())));
        source.remember(heads);
        return HeadPlanner.plan(heads, options);
    }

    /** Offers every planned head; true when the observer needs no more (then the scan stops early). */
    boolean offer(@NonNull HeadPlan plan, @NonNull TaskListener listener) throws IOException, InterruptedException {
        plan.notes().forEach(note -> listener.getLogger().println(note));
        RepositoryLinks links = new RepositoryLinks(source.webUrl());
        ProbePlan probes = probePlan(connection, repositoryKey());
        int offered = 0;
        for (PlannedHead planned : plan.heads()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            SCMHead head = HeadMapping.head(planned);
            SCMRevision revision = HeadMapping.revision(head, planned);
            listener.getLogger().format("%nChecking %s %s (%s)%n", describe(head), head.getName(), link(links, head));
            offered++;
            boolean complete = request.process(head, revision,
                    (h, r) -> probe(connection, probes, h.getName(), planned.commitSha()),
                    new CriteriaWitness(listener));
            if (complete) {
                listener.getLogger().format("%n%d heads were checked (query complete)%n", offered);
                return true;
            }
        }
        listener.getLogger().format("%n%d heads were checked%n", offered);
        return false;
    }

    /** A probe of one commit, sharing answers through the Jenkins-wide probe cache. */
    static GogsSCMProbe probe(GogsSCMSource source, String name, String sha) throws IOException {
        GogsRepositoryConnection connection = source.connection();
        HeadDiscovery discovery = new HeadDiscovery(connection.client(), source.getRepoOwner(),
                source.getRepository(), GogsSCMCaches.discovery());
        return probe(connection, probePlan(connection, discovery.repositoryKey()), name, sha);
    }

    private static GogsSCMProbe probe(GogsRepositoryConnection connection, ProbePlan probes, String name, String sha) {
        return new GogsSCMProbe(name, sha, probes, new RevisionFiles(connection.api(), sha));
    }

    private static ProbePlan probePlan(GogsRepositoryConnection connection, RepositoryKey key) {
        return new ProbePlan(key, FileProbe.of(connection.client(), connection.owner(), connection.repositoryName()),
                GogsSCMCaches.probes());
    }

    static String describe(SCMHead head) {
        if (head instanceof PullRequestSCMHead pr) {
            return pr.isFork() ? "pull request from fork" : "pull request";
        }
        return head instanceof GogsTagSCMHead ? "tag" : "branch";
    }

    static String link(RepositoryLinks links, SCMHead head) {
        if (head instanceof PullRequestSCMHead pr) {
            return links.pullRequest(pr.getNumber());
        }
        return head instanceof GogsTagSCMHead ? links.tag(head.getName()) : links.branch(head.getName());
    }

    /** Pull request targets are only in webhook payloads: keep those the event carries for this and later scans. */
    private void rememberTargets(@CheckForNull SCMHeadEvent<?> event) {
        if (event == null) {
            return;
        }
        Map<SCMHead, SCMRevision> heads;
        try {
            heads = event.heads(source);
        } catch (RuntimeException e) {
            return;
        }
        for (SCMHead head : heads.keySet()) {
            if (head instanceof PullRequestSCMHead pr) {
                GogsSCMCaches.discovery().rememberBaseBranch(repositoryKey(), pr.getNumber(), pr.getTarget().getName());
            }
        }
    }

    /** Says in the scan log whether a head met the criteria (e.g. has a Jenkinsfile). */
    private record CriteriaWitness(TaskListener listener) implements SCMSourceRequest.Witness<SCMHead, SCMRevision> {
        @Override
        public void record(@NonNull SCMHead head, @CheckForNull SCMRevision revision, boolean isMatch) {
            listener.getLogger().println(isMatch ? "  Met criteria" : "  Does not meet criteria");
        }
    }
}
