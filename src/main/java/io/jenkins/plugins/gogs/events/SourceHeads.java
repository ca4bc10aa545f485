package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.events.ScmNotice.HeadNotice;
import io.jenkins.plugins.gogs.indexing.CheckoutStrategy;
import io.jenkins.plugins.gogs.indexing.HeadPlanner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Which heads of one source a head notice is about, given what the source discovers: nothing of a kind it does
 * not discover, and one head per checkout strategy for a pull request (from a fork: the fork strategies, else the
 * origin ones). Pull-request heads are named by {@link HeadPlanner#name}, as the scan names them, since projects
 * find their branch jobs by name.
 */
@Restricted(NoExternalUse.class)
public final class SourceHeads {

    /** What a source discovers; a set of strategies is empty when it does not discover pull requests of that origin. */
    public record Discovery(
            boolean branches,
            boolean tags,
            Set<CheckoutStrategy> originStrategies,
            Set<CheckoutStrategy> forkStrategies) {
        public Discovery {
            originStrategies = Set.copyOf(originStrategies);
            forkStrategies = Set.copyOf(forkStrategies);
        }
    }

    /** A head to tell the source about. */
    public sealed interface Wanted {

        /** A branch; {@code sha} is its new tip, null when unknown or removed. */
        record Branch(String name, String sha) implements Wanted {}

        record Tag(String name) implements Wanted {}

        /** A pull request head named {@code name}, built with checkout {@code strategy}. */
        record PullRequest(String name, CheckoutStrategy strategy, ChangedHead.PullRequest pullRequest)
                implements Wanted {}
    }

    private SourceHeads() {}

    public static List<Wanted> of(HeadNotice notice, Discovery discovery) {
        Objects.requireNonNull(discovery, "discovery");
        ChangedHead head = notice.head();
        if (head instanceof ChangedHead.Branch branch) {
            return discovery.branches()
                    ? List.of(new Wanted.Branch(
                            branch.name(), notice.change() == ScmChange.REMOVED ? null : branch.sha()))
                    : List.of();
        }
        if (head instanceof ChangedHead.Tag tag) {
            return discovery.tags() ? List.of(new Wanted.Tag(tag.name())) : List.of();
        }
        ChangedHead.PullRequest pr = (ChangedHead.PullRequest) head;
        Set<CheckoutStrategy> strategies = EnumSet.noneOf(CheckoutStrategy.class);
        strategies.addAll(pr.fromFork() ? discovery.forkStrategies() : discovery.originStrategies());
        List<Wanted> wanted = new ArrayList<>();
        for (CheckoutStrategy strategy : strategies) {
            wanted.add(new Wanted.PullRequest(
                    HeadPlanner.name(pr.number(), strategy, strategies.size() > 1), strategy, pr));
        }
        return wanted;
    }
}
