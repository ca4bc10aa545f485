package io.jenkins.plugins.gogs.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The builds a pull request's comment shows, newest first. Several jobs may report to one pull request (the head and
 * the merge of it, or a branch job building the same commit): the <em>current</em> builds are the latest one of each
 * job that built the newest commit; the others are the short history. The history keeps {@link #KEPT} builds.
 */
@Restricted(NoExternalUse.class)
public final class FeedbackHistory {

    /** How many builds a comment remembers. */
    public static final int KEPT = 6;

    private static final Comparator<BuildReport> NEWEST_FIRST = Comparator.comparingLong(BuildReport::startedAt)
            .thenComparingInt(BuildReport::number)
            .reversed();

    private final List<BuildReport> builds;

    private FeedbackHistory(List<BuildReport> builds) {
        this.builds = List.copyOf(builds);
    }

    public static FeedbackHistory empty() {
        return new FeedbackHistory(List.of());
    }

    /** The builds as given, newest first, trimmed to what is kept. */
    public static FeedbackHistory of(List<BuildReport> builds) {
        List<BuildReport> sorted = new ArrayList<>(builds);
        sorted.sort(NEWEST_FIRST);
        return new FeedbackHistory(trim(sorted));
    }

    /** This history with the report added, or replacing the earlier report of the same build. */
    public FeedbackHistory with(BuildReport report) {
        Objects.requireNonNull(report, "report");
        List<BuildReport> next = new ArrayList<>();
        next.add(report);
        builds.stream().filter(b -> !b.sameBuild(report)).forEach(next::add);
        return of(next);
    }

    /** All builds, newest first. */
    public List<BuildReport> builds() {
        return builds;
    }

    public boolean isEmpty() {
        return builds.isEmpty();
    }

    /**
     * The latest build of every job that built the newest build's commit (a running build whose commit is not known
     * yet counts as building it), newest first.
     */
    public List<BuildReport> current() {
        if (builds.isEmpty()) {
            return List.of();
        }
        String commit = builds.get(0).commit();
        Map<String, BuildReport> latest = new LinkedHashMap<>();
        for (BuildReport build : builds) {
            latest.putIfAbsent(build.job(), build);
        }
        return latest.values().stream()
                .filter(b -> b == builds.get(0)
                        || (b.commit() == null
                                ? b.status() == BuildStatus.RUNNING
                                : b.commit().equals(commit)))
                .toList();
    }

    /** The builds that are not {@link #current()}, newest first. */
    public List<BuildReport> earlier() {
        List<BuildReport> current = current();
        return builds.stream().filter(b -> !current.contains(b)).toList();
    }

    /** Running while any current build runs; else failing when any failed; else passing. Empty: running. */
    public Verdict verdict() {
        List<Verdict> verdicts =
                current().stream().map(b -> b.status().verdict()).toList();
        if (verdicts.isEmpty() || verdicts.contains(Verdict.RUNNING)) {
            return Verdict.RUNNING;
        }
        return verdicts.contains(Verdict.FAILING) ? Verdict.FAILING : Verdict.PASSING;
    }

    /** Keeps the newest builds, but always the latest build of each job. */
    private static List<BuildReport> trim(List<BuildReport> sorted) {
        Map<String, BuildReport> latest = new LinkedHashMap<>();
        sorted.forEach(b -> latest.putIfAbsent(b.job(), b));
        List<BuildReport> kept = new ArrayList<>();
        int room = Math.max(KEPT, latest.size());
        for (BuildReport build : sorted) {
            if (kept.size() < room
                    && (latest.containsValue(build) || kept.size() + remainingLatest(latest, kept) < room)) {
                kept.add(build);
            }
        }
        return kept;
    }

    private static int remainingLatest(Map<String, BuildReport> latest, List<BuildReport> kept) {
        return (int) latest.values().stream().filter(b -> !kept.contains(b)).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedbackHistory other && builds.equals(other.builds);
    }

    @Override
    public int hashCode() {
        return builds.hashCode();
    }

    @Override
    public String toString() {
        return "FeedbackHistory" + builds;
    }
}
