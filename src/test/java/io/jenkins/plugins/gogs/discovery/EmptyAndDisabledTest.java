package io.jenkins.plugins.gogs.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Repositories with nothing to discover, or where pull request states cannot be known. */
@RealGogs
class EmptyAndDisabledTest {

    private static GogsServer server;
    private static DiscoveryClients clients;
    private static GogsUser alice;

    @BeforeAll
    static void seed(GogsServer gogs) {
        server = gogs;
        clients = new DiscoveryClients(gogs);
        alice = gogs.createUser("alice");
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void anEmptyRepositoryHasNoHeadsAndCostsOneRequest() {
        GogsRepository empty = alice.createRepository("nothing-yet").empty();
        DiscoveryClients.Counted counted = clients.as(alice);

        DiscoveredHeads heads = new HeadDiscovery(counted.client(), alice.name(), empty.name(), new DiscoveryCache())
                .discover(DiscoveryRequest.everything());

        assertThat(heads).isEqualTo(DiscoveredHeads.none());
        assertThat(counted.takeTargets())
                .containsExactly("/" + alice.name() + "/nothing-yet.git/info/refs?service=git-upload-pack");
    }

    @Test
    void aRequestForNothingAsksGogsNothing() {
        GogsRepository repo = alice.createRepository("untouched").withInitialCommit();
        DiscoveryClients.Counted counted = clients.as(alice);

        DiscoveredHeads heads = new HeadDiscovery(counted.client(), alice.name(), repo.name(), new DiscoveryCache())
                .discover(DiscoveryRequest.nothing());

        assertThat(heads.branches()).isEmpty();
        assertThat(counted.counter().count()).isZero();
    }

    @Test
    void aTagOnATreeIsSkippedWithAWarningAndTheOtherTagsKeepTheirTimes() {
        GogsRepository repo = alice.createRepository("odd-tags").withInitialCommit();
        String tagged = repo.pushTag("v1");
        repo.pushTreeTag("a-tree", "master");
        DiscoveryClients.Counted counted = clients.as(alice);

        DiscoveredHeads heads = new HeadDiscovery(counted.client(), alice.name(), repo.name(), new DiscoveryCache())
                .discover(DiscoveryRequest.nothing().withTags(true));

        assertThat(heads.tags()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("v1");
            assertThat(t.commitSha()).isEqualTo(tagged);
            assertThat(t.commitTime())
                    .isEqualTo(counted.client()
                            .repo(alice.name(), repo.name())
                            .commit(tagged)
                            .orElseThrow()
                            .commit()
                            .author()
                            .date()
                            .toInstant());
        });
        assertThat(heads.warnings())
                .hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("could not list the tags"))
                .anySatisfy(w -> assertThat(w).contains("a-tree", "tree or blob"));
    }

    @Test
    void withIssuesDisabledPullRequestsAreSkippedWithAWarningAndTheRestIsFound() {
        GogsRepository repo = alice.createRepository("no-issues").withInitialCommit();
        repo.pushBranch("topic");
        repo.openPullRequest("master", "topic");
        server.http()
                .send(
                        "PATCH",
                        repo.apiPath() + "/issue-tracker",
                        Map.of("enable_issues", false),
                        "token " + alice.token());

        DiscoveredHeads heads = new HeadDiscovery(
                        clients.as(alice).client(), alice.name(), repo.name(), new DiscoveryCache())
                .discover(DiscoveryRequest.everything());

        assertThat(repo.lsRemote("refs/pull/*")).containsKey("refs/pull/1/head");
        assertThat(heads.pullRequests()).isEmpty();
        assertThat(heads.warnings()).singleElement().asString().contains("issue tracker", "disabled");
        assertThat(heads.branches()).extracting(DiscoveredBranch::name).containsExactly("master", "topic");
    }
}
