package io.jenkins.plugins.gogs.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import org.junit.jupiter.api.Test;

/** A branch build reports to the open pull requests whose head is the commit it built, on a real Gogs. */
@RealGogs
class BranchPullRequestsTest {

    @Test
    void theOpenPullRequestsWhoseHeadIsTheBuiltCommit(GogsServer gogs) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("branches").withInitialCommit();
        String topic = repo.pushBranch("topic");
        GogsPullRequest first = repo.openPullRequest("master", "topic");
        repo.pushBranch("other");
        GogsPullRequest other = repo.openPullRequest("master", "other");
        repo.pushBranch("done");
        GogsPullRequest closed = repo.openPullRequest("master", "done");
        repo.closeIssue(closed.number());
        String done = repo.lsRemote("refs/heads/done").get("refs/heads/done");

        try (TestClients clients = new TestClients(gogs)) {
            GogsClient client = clients.as(alice);
            assertThat(BranchPullRequests.openWithHead(client, repo.owner(), repo.name(), topic))
                    .containsExactly(first.number())
                    .doesNotContain(other.number());
            assertThat(BranchPullRequests.openWithHead(client, repo.owner(), repo.name(), done))
                    .as("closed")
                    .isEmpty();
            assertThat(BranchPullRequests.openWithHead(client, repo.owner(), repo.name(), null))
                    .isEmpty();
        }
    }
}
