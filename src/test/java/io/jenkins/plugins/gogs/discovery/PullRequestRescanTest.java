package io.jenkins.plugins.gogs.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.MutableClock;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What rescans cost and see when pull requests and tags exist: open pull requests are asked every scan (they can be
 * closed or merged without their head moving), merged ones never again, closed ones again after a while or when told.
 */
@RealGogs
class PullRequestRescanTest {

    private static DiscoveryClients clients;
    private static GogsUser alice;
    private static GogsUser bob;

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new DiscoveryClients(gogs);
        alice = gogs.createUser("alice");
        bob = gogs.createUser("bob");
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    /** A repository with open, merged and closed origin pull requests, an open fork one, and two tags. */
    private record Seeded(
            GogsRepository repo,
            GogsPullRequest open,
            GogsPullRequest merged,
            GogsPullRequest closed,
            GogsPullRequest fork) {}

    private static Seeded seedRepository(String name) {
        GogsRepository repo = alice.createRepository(name).withInitialCommit();
        repo.pushBranch("topic/merged");
        GogsPullRequest merged = repo.openPullRequest("master", "topic/merged");
        repo.mergePullRequest(merged.number());
        repo.pushTag("v1");
        repo.pushAnnotatedTag("v2", "Version 2");
        repo.pushBranch("topic/open");
        GogsPullRequest open = repo.openPullRequest("master", "topic/open");
        repo.pushBranch("topic/closed");
        GogsPullRequest closed = repo.openPullRequest("master", "topic/closed");
        repo.closeIssue(closed.number());
        GogsRepository fork = bob.fork(repo);
        fork.pushBranch("fix");
        GogsPullRequest fromFork = repo.openPullRequest("master", fork, "fix");
        return new Seeded(repo, open, merged, closed, fromFork);
    }

    private static String issue(GogsRepository repo, GogsPullRequest pr) {
        return "/api/v1/repos/" + repo.owner() + "/" + repo.name() + "/issues/" + pr.number();
    }

    private static String refs(GogsRepository repo) {
        return "/" + repo.owner() + "/" + repo.name() + ".git/info/refs?service=git-upload-pack";
    }

    private static List<Long> numbers(DiscoveredHeads heads) {
        return heads.pullRequests().stream().map(DiscoveredPullRequest::number).toList();
    }

    @Test
    void aRescanWithNothingChangedAsksOnlyTheRefsAndTheOpenPullRequests() {
        Seeded s = seedRepository("rescanned");
        DiscoveryClients.Counted counted = clients.as(alice);
        HeadDiscovery discovery =
                new HeadDiscovery(counted.client(), alice.name(), s.repo().name(), new DiscoveryCache());

        DiscoveredHeads first = discovery.discover(DiscoveryRequest.everything());
        List<String> firstTargets = counted.takeTargets();
        DiscoveredHeads second = discovery.discover(DiscoveryRequest.everything());
        List<String> rescanTargets = counted.takeTargets();

        String api = "/api/v1/repos/" + alice.name() + "/" + s.repo().name();
        assertThat(firstTargets)
                .containsExactly(
                        refs(s.repo()),
                        api + "/tags",
                        issue(s.repo(), s.merged()),
                        issue(s.repo(), s.open()),
                        issue(s.repo(), s.closed()),
                        issue(s.repo(), s.fork()),
                        api + "/forks",
                        "/api/v1/repos/" + bob.name() + "/" + s.repo().name() + "/branches");
        assertThat(rescanTargets).containsExactly(refs(s.repo()), issue(s.repo(), s.open()), issue(s.repo(), s.fork()));
        assertThat(second).isEqualTo(first);
        assertThat(numbers(second)).containsExactly(s.open().number(), s.fork().number());
        assertThat(second.tags()).hasSize(2);

        // Tag times are remembered by commit: a new tag on a tagged commit costs nothing, one on another commit
        // one tag listing.
        s.repo().pushTag("v1-again");
        assertThat(discovery.discover(DiscoveryRequest.everything()).tags()).hasSize(3);
        assertThat(counted.takeTargets())
                .containsExactly(refs(s.repo()), issue(s.repo(), s.open()), issue(s.repo(), s.fork()));
        s.repo().pushTag("v3", "topic/open");
        assertThat(discovery.discover(DiscoveryRequest.everything()).tags()).hasSize(4);
        assertThat(counted.takeTargets())
                .containsExactly(refs(s.repo()), api + "/tags", issue(s.repo(), s.open()), issue(s.repo(), s.fork()));
    }

    @Test
    void aPullRequestClosedWithoutItsHeadMovingDisappearsAtTheNextScan() {
        Seeded s = seedRepository("closing");
        DiscoveryClients.Counted counted = clients.as(alice);
        HeadDiscovery discovery =
                new HeadDiscovery(counted.client(), alice.name(), s.repo().name(), new DiscoveryCache());
        DiscoveryRequest originOnly = DiscoveryRequest.nothing().withOriginPullRequests(true);
        assertThat(numbers(discovery.discover(originOnly)))
                .containsExactly(s.open().number());

        s.repo().closeIssue(s.open().number());
        counted.takeTargets();

        assertThat(numbers(discovery.discover(originOnly))).isEmpty();
        assertThat(counted.takeTargets()).containsExactly(refs(s.repo()), issue(s.repo(), s.open()));
        assertThat(numbers(discovery.discover(originOnly))).isEmpty();
        assertThat(counted.takeTargets()).containsExactly(refs(s.repo()));
    }

    @Test
    void aReopenedPullRequestIsSeenWhenTheWebhookLayerSaysSoOrOnceTheClosedStateIsOld() {
        Seeded s = seedRepository("reopening");
        MutableClock clock = new MutableClock();
        DiscoveryCache cache = new DiscoveryCache(100, Duration.ofHours(1), clock);
        DiscoveryClients.Counted counted = clients.as(alice);
        HeadDiscovery discovery =
                new HeadDiscovery(counted.client(), alice.name(), s.repo().name(), cache);
        DiscoveryRequest originOnly = DiscoveryRequest.nothing().withOriginPullRequests(true);
        discovery.discover(originOnly);

        s.repo().reopenIssue(s.closed().number());
        assertThat(numbers(discovery.discover(originOnly)))
                .doesNotContain(s.closed().number());
        cache.forgetPullRequest(discovery.repositoryKey(), s.closed().number());
        assertThat(numbers(discovery.discover(originOnly))).contains(s.closed().number());

        s.repo().closeIssue(s.closed().number());
        discovery.discover(originOnly);
        s.repo().reopenIssue(s.closed().number());
        clock.advance(Duration.ofMinutes(59));
        assertThat(numbers(discovery.discover(originOnly)))
                .doesNotContain(s.closed().number());
        clock.advance(Duration.ofMinutes(2));
        counted.takeTargets();

        assertThat(numbers(discovery.discover(originOnly)))
                .containsExactly(s.open().number(), s.closed().number());
        // The merged pull request is never asked again; the closed one is, once its state is an hour old.
        assertThat(counted.takeTargets())
                .containsExactly(refs(s.repo()), issue(s.repo(), s.open()), issue(s.repo(), s.closed()));
    }
}
