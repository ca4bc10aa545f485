package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.NotFoundOrNoAccessException;
import io.jenkins.plugins.gogs.client.model.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Open pull requests from the {@code refs/pull/<n>/head} refs: classifies each head (a branch tip of the base
 * repository makes an origin pull request, for free), asks the state of the wanted ones through the issue API (one
 * request each, except those remembered closed or merged), and looks for the heads of open fork pull requests in the
 * forks (see {@link ForkHeadFinder}; remembered by head SHA).
 */
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

    /** An open pull request before its head is known, when it is not a branch of the base repository. */
    private record Open(
            long number, String headSha, Issue issue, String baseBranch, boolean guessed, PullRequestHead originHead) {}

    List<DiscoveredPullRequest> discover(
            RefAdvertisement refs, DiscoveryRequest request, Supplier<String> defaultBranch, List<String> warnings) {
        List<Open> open = new ArrayList<>();
        for (Map.Entry<Long, String> pull : refs.pullRequestHeads().entrySet()) {
            long number = pull.getKey();
            String sha = pull.getValue();
            String known = request.baseBranches().containsKey(number)
                    ? request.baseBranches().get(number)
                    : cache.baseBranch(key, number).orElse(null);
            String base = known != null ? known : defaultBranch.get();
            Optional<String> originBranch = originBranch(refs.branches(), sha, base);
            boolean wanted = originBranch.isPresent() ? request.originPullRequests() : request.forkPullRequests();
            if (!wanted || cache.knownClosed(key, number, sha)) {
                continue;
            }
            Optional<Issue> issue;
            try {
                issue = openIssue(number, sha, warnings);
            } catch (NotFoundOrNoAccessException issuesDisabled) {
                warnings.add("Pull requests of " + owner + "/" + repository + " were skipped: Gogs tells their state "
                        + "only through the issue tracker, which is disabled (or external) for this repository");
                return List.of();
            }
            if (issue.isEmpty()) {
                continue;
            }
            open.add(new Open(
                    number,
                    sha,
                    issue.get(),
                    base,
                    known == null,
                    originBranch
                            .map(b -> PullRequestHead.origin(owner, repository, b))
                            .orElse(null)));
        }
        Map<Long, PullRequestHead> forkHeads = forkHeads(open);
        List<DiscoveredPullRequest> result = new ArrayList<>(open.size());
        for (Open o : open) {
            PullRequestHead head = o.originHead() != null ? o.originHead() : forkHeads.get(o.number());
            result.add(new DiscoveredPullRequest(
                    o.number(), o.headSha(), o.issue().title(), login(o.issue()), o.baseBranch(), o.guessed(), head));
        }
        return result;
    }

    /**
     * A branch of the base repository at the head commit, other than the base branch where there is a choice.
     * A fork whose head commit is also a base repository branch tip counts as origin: its content is the same.
     */
    private static Optional<String> originBranch(Map<String, String> branches, String sha, String base) {
        String baseMatch = null;
        for (Map.Entry<String, String> branch : branches.entrySet()) {
            if (branch.getValue().equals(sha)) {
                if (!branch.getKey().equals(base)) {
                    return Optional.of(branch.getKey());
                }
                baseMatch = branch.getKey();
            }
        }
        return Optional.ofNullable(baseMatch);
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
            warnings.add("refs/pull/" + number + "/head was skipped: #" + number + " is an issue, not a pull request");
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
            if (o.originHead() == null) {
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
