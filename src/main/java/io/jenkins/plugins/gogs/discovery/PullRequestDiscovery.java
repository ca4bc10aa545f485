package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.NotFoundOrNoAccessException;
import io.jenkins.plugins.gogs.client.model.Issue;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Open pull requests from the {@code refs/pull/<n>/head} refs. What Gogs said about a pull request in its deliveries
 * ({@link KnownPullRequests}: target, head branch, origin) is taken as it is; for the others, the target is the one
 * the caller recorded or else the default branch, and the head is classified from refs (a branch tip of the base
 * repository makes an origin pull request, for free; else the forks are searched, see {@link ForkHeadFinder},
 * remembered by head SHA). The state of each wanted one is asked through the issue API (one request each, except
 * those remembered closed or merged).
 */
@Restricted(NoExternalUse.class)
final class PullRequestDiscovery {

    private final GogsClient client;
    private final String owner;
    private final String repository;
    private final RepositoryKey key;
    private final DiscoveryCache cache;

    PullRequestDiscovery(GogsClient client, String owner, String repository, RepositoryKey key, DiscoveryCache cache) {
        this.client = client;
        this.owner = owner;
        this.repository = repository;
        this.key = key;
        this.cache = cache;
    }

    /**
     * Who a pull request is, as far as known before its issue is read.
     *
     * @param head null when the head commit is no branch tip of the base repository and nothing named its origin:
     *             the forks are searched
     * @param note for the scan log, or null
     */
    private record Identity(String baseBranch, boolean guessed, PullRequestHead head, String note) {
        boolean fromFork() {
            return head == null || head.isFork();
        }
    }

    /** An open pull request before its fork head is known. */
    private record Open(long number, String headSha, Issue issue, Identity identity) {}

    List<DiscoveredPullRequest> discover(
            RefAdvertisement refs, DiscoveryRequest request, Supplier<String> defaultBranch, List<String> warnings) {
        List<Open> open = new ArrayList<>();
        for (Map.Entry<Long, String> pull : refs.pullRequestHeads().entrySet()) {
            long number = pull.getKey();
            String sha = pull.getValue();
            Optional<PullRequestFacts> facts = cache.knownPullRequests().facts(key, number);
            Identity identity =
                    facts.map(this::told).orElseGet(() -> guessed(number, sha, refs, request, defaultBranch));
            if (!wanted(identity, request) || cache.knownClosed(key, number, sha)) {
                continue;
            }
            Optional<Issue> issue;
            try {
                issue = openIssue(number, sha, warnings);
            } catch (NotFoundOrNoAccessException issuesDisabled) {
                warnings.add(Messages.PullRequestDiscovery_IssuesDisabled(owner, repository));
                return List.of();
            }
            if (issue.isEmpty()) {
                continue;
            }
            if (facts.isPresent() && !facts.get().openedBy(login(issue.get()))) {
                // told about another pull request of that number (the repository was created again): not this one
                cache.knownPullRequests().forget(key, number);
                identity = guessed(number, sha, refs, request, defaultBranch);
                if (!wanted(identity, request)) {
                    continue;
                }
            }
            if (identity.note() != null) {
                warnings.add(identity.note());
            }
            open.add(new Open(number, sha, issue.get(), identity));
        }
        Map<Long, PullRequestHead> forkHeads = forkHeads(open);
        List<DiscoveredPullRequest> result = new ArrayList<>(open.size());
        for (Open o : open) {
            Identity identity = o.identity();
            PullRequestHead head = identity.head() != null ? identity.head() : forkHeads.get(o.number());
            result.add(new DiscoveredPullRequest(
                    o.number(),
                    o.headSha(),
                    o.issue().title(),
                    login(o.issue()),
                    identity.baseBranch(),
                    identity.guessed(),
                    head));
        }
        return result;
    }

    private static boolean wanted(Identity identity, DiscoveryRequest request) {
        return identity.fromFork() ? request.forkPullRequests() : request.originPullRequests();
    }

    /** What Gogs said: its target, its head branch and where that is. */
    private Identity told(PullRequestFacts facts) {
        return new Identity(facts.baseBranch(), false, facts.head(owner, repository), null);
    }

    /**
     * Without facts: the target Jenkins recorded, else the default branch; the head from the branch tips of the base
     * repository (a branch other than the target that holds the head commit). When several do, the pull request
     * still comes from the base repository (its content is that of a branch there), but which branch is not known:
     * none is named rather than one picked at random.
     */
    private Identity guessed(
            long number, String sha, RefAdvertisement refs, DiscoveryRequest request, Supplier<String> defaultBranch) {
        String recorded = request.recordedBaseBranches().get(number);
        String base = recorded != null ? recorded : defaultBranch.get();
        List<String> candidates = new ArrayList<>();
        boolean baseHoldsIt = false;
        for (Map.Entry<String, String> branch : refs.branches().entrySet()) {
            if (branch.getValue().equals(sha)) {
                if (branch.getKey().equals(base)) {
                    baseHoldsIt = true; // a pull request does not come from its own target
                } else {
                    candidates.add(branch.getKey());
                }
            }
        }
        if (candidates.size() == 1) {
            return new Identity(
                    base, recorded == null, PullRequestHead.origin(owner, repository, candidates.get(0)), null);
        }
        if (candidates.isEmpty() && !baseHoldsIt) {
            return new Identity(base, recorded == null, null, null);
        }
        String note = candidates.isEmpty()
                ? null
                : Messages.PullRequestDiscovery_SeveralHeadBranches(
                        String.valueOf(number), String.join(", ", candidates), "refs/pull/" + number + "/head");
        return new Identity(base, recorded == null, PullRequestHead.origin(owner, repository, null), note);
    }

    /**
     * The pull request as an issue if it is open; empty if it is closed or merged (then remembered with its head), or
     * not a pull request at all.
     *
     * @throws NotFoundOrNoAccessException if the repository's issues are disabled (the pull request exists: its ref
     *                                     does, and Gogs never deletes issues)
     */
    private Optional<Issue> openIssue(long number, String headSha, List<String> warnings) {
        Issue issue = client.repo(owner, repository).issues().get(number);
        if (!issue.isPullRequest()) {
            warnings.add(Messages.PullRequestDiscovery_NotAPullRequest(
                    "refs/pull/" + number + "/head", String.valueOf(number)));
            return Optional.empty();
        }
        if (issue.pullRequest().merged() || !issue.isOpen()) {
            cache.rememberClosed(key, number, headSha, issue.pullRequest().merged());
            return Optional.empty();
        }
        return Optional.of(issue);
    }

    private Map<Long, PullRequestHead> forkHeads(List<Open> open) {
        Map<Long, PullRequestHead> heads = new LinkedHashMap<>();
        List<ForkHeadFinder.Wanted> unknown = new ArrayList<>();
        for (Open o : open) {
            if (o.identity().head() == null) {
                Optional<PullRequestHead> remembered = cache.forkHead(key, o.number(), o.headSha());
                if (remembered.isPresent()) {
                    heads.put(o.number(), remembered.get());
                } else {
                    unknown.add(new ForkHeadFinder.Wanted(o.number(), o.headSha(), login(o.issue())));
                }
            }
        }
        Map<Long, PullRequestHead> found = new ForkHeadFinder(client, owner, repository).find(unknown);
        for (ForkHeadFinder.Wanted w : unknown) {
            cache.rememberForkHead(key, w.number(), w.headSha(), found.get(w.number()));
        }
        heads.putAll(found);
        return heads;
    }

    private static String login(Issue issue) {
        if (issue.user() == null) {
            return "";
        }
        return issue.user().username() != null
                ? issue.user().username()
                : issue.user().login();
    }
}
