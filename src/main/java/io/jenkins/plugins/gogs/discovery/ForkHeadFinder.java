package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.NotFoundOrNoAccessException;
import io.jenkins.plugins.gogs.client.model.Branch;
import io.jenkins.plugins.gogs.client.model.Repository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Finds the fork branches that pull request heads come from when no delivery told them (Gogs' API cannot tell): lists
 * the base repository's forks (one request), then the branches of one fork after another (one request each), the
 * pull request authors' own forks first, until every head is found. A fork the credential cannot read is passed over.
 * When several branches of the fork hold the head commit, the fork is known but not the branch.
 */
@Restricted(NoExternalUse.class)
final class ForkHeadFinder {

    /** A pull request whose head is not a branch of the base repository. */
    record Wanted(long number, String headSha, String author) {}

    private final GogsClient client;
    private final String owner;
    private final String repository;

    ForkHeadFinder(GogsClient client, String owner, String repository) {
        this.client = client;
        this.owner = owner;
        this.repository = repository;
    }

    /** Each wanted pull request's head: a fork branch holding its head commit, or an unknown fork. */
    Map<Long, PullRequestHead> find(List<Wanted> wanted) {
        Map<Long, PullRequestHead> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        List<Repository> forks = client.repo(owner, repository).forks();
        Map<Long, Map<String, List<String>>> tipsByFork = new HashMap<>(); // each fork's branches are read once at most
        for (Wanted w : wanted) {
            String author = w.author().toLowerCase(Locale.ROOT);
            // The author's own fork first: two forks may hold the same commit.
            List<Repository> order = new ArrayList<>(forks);
            order.sort(Comparator.comparing(f -> !ownerOf(f).equals(author)));
            PullRequestHead head = PullRequestHead.unknownFork();
            for (Repository fork : order) {
                List<String> branches = tipsByFork
                        .computeIfAbsent(fork.id(), id -> branchTips(fork))
                        .get(w.headSha());
                if (branches != null) {
                    // several branches of the fork at the head commit: which one is the pull request's is not known
                    String branch = branches.size() == 1 ? branches.get(0) : null;
                    head = PullRequestHead.fork(fork.owner().username(), fork.name(), branch);
                    break;
                }
            }
            found.put(w.number(), head);
        }
        return found;
    }

    private static String ownerOf(Repository fork) {
        return fork.owner() == null || fork.owner().username() == null
                ? ""
                : fork.owner().username().toLowerCase(Locale.ROOT);
    }

    /** Head commit to the names of the branches at it. */
    private Map<String, List<String>> branchTips(Repository fork) {
        List<Branch> branches;
        try {
            branches = client.repo(fork.owner().username(), fork.name()).branches();
        } catch (NotFoundOrNoAccessException invisible) {
            return Map.of(); // a private fork: Gogs lists it, but its branches are not for this credential
        }
        Map<String, List<String>> tips = new HashMap<>();
        branches.forEach(b ->
                tips.computeIfAbsent(b.commit().id(), sha -> new ArrayList<>()).add(b.name()));
        return tips;
    }
}
