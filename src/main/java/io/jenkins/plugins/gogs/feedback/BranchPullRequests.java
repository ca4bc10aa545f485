package io.jenkins.plugins.gogs.feedback;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.discovery.RefAdvertisement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The open pull requests a branch build reports to: those whose head ({@code refs/pull/<n>/head}) is the commit the
 * branch build built. A branch has no pull request of its own, and Gogs 0.14 has no API that names a pull request's
 * head branch, but a pull request from the branch carries the branch's commit. One request lists the pull refs (git's
 * ref advertisement), one more per candidate reads its state.
 */
@Restricted(NoExternalUse.class)
public final class BranchPullRequests {

    private BranchPullRequests() {}

    public static List<Long> openWithHead(GogsClient client, String owner, String repository, String commit) {
        if (commit == null || commit.isBlank()) {
            return List.of();
        }
        List<Long> numbers = new ArrayList<>();
        for (Map.Entry<Long, String> pull : RefAdvertisement.fetch(client, owner, repository)
                .pullRequestHeads()
                .entrySet()) {
            if (commit.equalsIgnoreCase(pull.getValue())
                    && client.repo(owner, repository)
                            .issues()
                            .get(pull.getKey())
                            .isOpen()) {
                numbers.add(pull.getKey());
            }
        }
        numbers.sort(null);
        return numbers;
    }
}
