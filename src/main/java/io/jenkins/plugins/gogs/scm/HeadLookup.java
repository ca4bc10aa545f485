package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.TaskListener;
import io.jenkins.plugins.gogs.indexing.HeadKind;
import io.jenkins.plugins.gogs.indexing.PlannedHead;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMProbe;
import jenkins.scm.api.SCMRevision;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Heads of a {@link GogsSCMSource} looked up one at a time, outside a scan: the current revision of the head a job
 * recorded (every build asks), a head by name (shared libraries), the names of all heads, a probe of one head. Each
 * lookup discovers and plans as a scan would, and offers nothing to Jenkins.
 */
@Restricted(NoExternalUse.class)
final class HeadLookup {

    private final GogsSCMSource source;

    HeadLookup(@NonNull GogsSCMSource source) {
        this.source = source;
    }

    /**
     * The current revision of a head a job recorded, found by what never changes: its kind and name, a pull request
     * by its number. Not by {@link SCMHead#equals}, which also compares a pull request's target and origin: where
     * those were guessed (no delivery told them) or have been learned since, the job's head differs from the one a
     * scan makes now, and a lookup that missed it would let Jenkins fall back to a checkout of whatever the branch
     * job holds. The revision returned is of the head as it is now (its target, origin and trust as known now).
     * Null when Gogs no longer has the head, and for a head no Gogs source makes.
     */
    @CheckForNull
    SCMRevision current(@NonNull SCMHead head, @NonNull TaskListener listener) throws IOException {
        HeadKind kind = head instanceof PullRequestSCMHead
                ? HeadKind.PULL_REQUEST
                : head instanceof GogsTagSCMHead
                        ? HeadKind.TAG
                        : head instanceof BranchSCMHead ? HeadKind.BRANCH : null;
        if (kind == null) {
            return null; // no planned head is it (HeadMapping.isFor): nothing to ask Gogs
        }
        // a pull request no delivery told about keeps the target its job recorded rather than the default branch
        Map<Long, String> recordedTargets = head instanceof PullRequestSCMHead pr
                ? Map.of(pr.getNumber(), pr.getTarget().getName())
                : Map.of();
        // every build fetches its head: discover only that kind (a branch build asks no pull request state or tags)
        List<PlannedHead> planned;
        try (GogsSCMSourceRequest request = source.newRequest(null, SCMHeadObserver.select(head), listener)) {
            planned = new GogsHeadScanner(source, request)
                    .planOnly(kind, recordedTargets)
                    .heads();
        }
        for (PlannedHead candidate : planned) {
            if (HeadMapping.isFor(candidate, head)) {
                return HeadMapping.revision(HeadMapping.head(candidate), candidate);
            }
        }
        return null;
    }

    /** A branch, tag or pull request ({@code PR-N}) by name; null when the source offers none of that name. */
    @CheckForNull
    SCMRevision named(@NonNull String name, @NonNull TaskListener listener, @CheckForNull Item context)
            throws IOException {
        for (PlannedHead planned : all(listener, context)) {
            if (planned.name().equals(name)) {
                return HeadMapping.revision(HeadMapping.head(planned), planned);
            }
        }
        return null;
    }

    /** The names of every head the source offers, sorted. */
    @NonNull
    Set<String> names(@NonNull TaskListener listener, @CheckForNull Item context) throws IOException {
        Set<String> names = new TreeSet<>();
        all(listener, context).forEach(h -> names.add(h.name()));
        return names;
    }

    /** A probe of the head at the revision, or at its current one when none is given. */
    @NonNull
    SCMProbe probe(@NonNull SCMHead head, @CheckForNull SCMRevision revision) throws IOException {
        SCMRevision known = revision != null ? revision : current(head, TaskListener.NULL);
        String sha = GogsSCMFileSystem.commitOf(known);
        if (sha == null) {
            throw new AbortException(Messages.GogsSCMSource_NoCommit(head.getName(), source));
        }
        return GogsHeadScanner.probe(source, head.getName(), sha);
    }

    /**
     * Every head, with credentials as {@code context} may use them (the item a shared library is loaded for, which
     * may see folder credentials the source's owner cannot), else as the source's owner may.
     */
    private List<PlannedHead> all(TaskListener listener, @CheckForNull Item context) throws IOException {
        try (GogsSCMSourceRequest request = source.newRequest(null, SCMHeadObserver.none(), listener)) {
            request.useCredentialsOf(context);
            return new GogsHeadScanner(source, request).plan().heads();
        }
    }
}
