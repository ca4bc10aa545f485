package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import io.jenkins.plugins.gogs.indexing.HeadKind;
import io.jenkins.plugins.gogs.indexing.HeadPlan;
import io.jenkins.plugins.gogs.indexing.IndexingOptions;
import io.jenkins.plugins.gogs.indexing.PlannedHead;
import io.jenkins.plugins.gogs.indexing.RepositoryScan;
import io.jenkins.plugins.gogs.links.RepositoryLinks;
import java.io.IOException;
import java.util.Map;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.trait.SCMSourceRequest;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One scan of a {@link GogsSCMSource}: discover the heads (one ref listing plus what pull requests need), plan them
 * by the traits, and offer each to Jenkins with a probe that shares answers by commit.
 */
@Restricted(NoExternalUse.class)
final class GogsHeadScanner {

    private final GogsSCMSource source;
    private final GogsSCMSourceRequest request;
    private final RepositoryScan scan;

    GogsHeadScanner(@NonNull GogsSCMSource source, @NonNull GogsSCMSourceRequest request) throws IOException {
        this.source = source;
        this.request = request;
        this.scan = scanOf(request.connection());
    }

    /**
     * What this scan offers. A scan an event started plans the same way: the delivery it came from taught the shared
     * cache what it said about pull requests already (only verified ones do).
     */
    HeadPlan plan() throws IOException {
        IndexingOptions options = HeadMapping.options(request);
        RepositoryScan.Result result = GogsSCMFile.call(() -> scan.plan(options));
        source.remember(result.discovered(), true);
        return result.plan();
    }

    /**
     * The heads of one kind only, as {@link #plan} would offer them, asking Gogs only what that kind needs.
     *
     * @param recordedTargets pull request number to the target branch a job recorded, for pull requests no delivery
     *                        told about (instead of the default branch)
     */
    HeadPlan planOnly(@NonNull HeadKind kind, @NonNull Map<Long, String> recordedTargets) throws IOException {
        IndexingOptions options = HeadMapping.options(request).onlyFor(kind);
        RepositoryScan.Result result = GogsSCMFile.call(() -> scan.plan(options, recordedTargets));
        // a branch or tag lookup saw only some pull requests, if any: keep what the last scan knew of the others
        source.remember(result.discovered(), kind == HeadKind.PULL_REQUEST);
        return result.plan();
    }

    /** Offers every planned head; true when the observer needs no more (then the scan stops early). */
    boolean offer(@NonNull HeadPlan plan, @NonNull TaskListener listener) throws IOException, InterruptedException {
        plan.notes().forEach(note -> listener.getLogger().println(note));
        RepositoryLinks links = new RepositoryLinks(source.webUrl());
        int offered = 0;
        for (PlannedHead planned : plan.heads()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            SCMHead head = HeadMapping.head(planned);
            SCMRevision revision = HeadMapping.revision(head, planned);
            listener.getLogger().println();
            listener.getLogger().println(checking(head, link(links, head)));
            offered++;
            boolean complete = request.process(
                    head,
                    revision,
                    (h, r) -> probe(scan, h.getName(), planned.commitSha()),
                    new CriteriaWitness(listener));
            if (complete) {
                listener.getLogger().println();
                listener.getLogger().println(Messages.GogsHeadScanner_CheckedComplete(String.valueOf(offered)));
                return true;
            }
        }
        listener.getLogger().println();
        listener.getLogger().println(Messages.GogsHeadScanner_Checked(String.valueOf(offered)));
        return false;
    }

    /** A probe of one commit, sharing answers through the Jenkins-wide probe cache. */
    static GogsSCMProbe probe(GogsSCMSource source, String name, String sha) throws IOException {
        return probe(scanOf(source.connection()), name, sha);
    }

    /** The Jenkins-free scan of the connection's repository, with the Jenkins-wide caches (no request). */
    static RepositoryScan scanOf(GogsRepositoryConnection connection) {
        return new RepositoryScan(
                connection.client(),
                connection.owner(),
                connection.repositoryName(),
                GogsSCMCaches.discovery(),
                GogsSCMCaches.probes());
    }

    private static GogsSCMProbe probe(RepositoryScan scan, String name, String sha) {
        return new GogsSCMProbe(name, sha, scan.probes(), scan.files(sha));
    }

    /** The scan log's line for a head about to be checked: its kind, name and web page. */
    static String checking(SCMHead head, String link) {
        if (head instanceof PullRequestSCMHead pr) {
            return pr.isFork()
                    ? Messages.GogsHeadScanner_CheckingForkPullRequest(head.getName(), link)
                    : Messages.GogsHeadScanner_CheckingPullRequest(head.getName(), link);
        }
        return head instanceof GogsTagSCMHead
                ? Messages.GogsHeadScanner_CheckingTag(head.getName(), link)
                : Messages.GogsHeadScanner_CheckingBranch(head.getName(), link);
    }

    static String link(RepositoryLinks links, SCMHead head) {
        if (head instanceof PullRequestSCMHead pr) {
            return links.pullRequest(pr.getNumber());
        }
        return head instanceof GogsTagSCMHead ? links.tag(head.getName()) : links.branch(head.getName());
    }

    /** Says in the scan log whether a head met the criteria (e.g. has a Jenkinsfile). */
    private record CriteriaWitness(TaskListener listener) implements SCMSourceRequest.Witness<SCMHead, SCMRevision> {
        @Override
        public void record(@NonNull SCMHead head, @CheckForNull SCMRevision revision, boolean isMatch) {
            // indented under the head's line (a properties value cannot start with blanks)
            listener.getLogger()
                    .println("  "
                            + (isMatch
                                    ? Messages.GogsHeadScanner_MetCriteria()
                                    : Messages.GogsHeadScanner_DoesNotMeetCriteria()));
        }
    }
}
