package io.jenkins.plugins.gogs.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.gogs.client.model.Commit;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Heads of a real repository: branches, tags, and pull requests from the repository and from forks. */
@RealGogs
class HeadDiscoveryTest {

    private static final String SLASHED = "feature/ä.x";
    private static final String UNICODE = "fix/ünï-cödé";

    private static DiscoveryClients clients;
    private static GogsUser alice;
    private static GogsUser bob;
    private static GogsUser carol;
    private static GogsRepository upstream;
    private static String lightTagged;
    private static String annotatedTagged;
    private static GogsPullRequest openOrigin;
    private static GogsPullRequest closed;
    private static GogsPullRequest merged;
    private static GogsPullRequest fromFork;
    private static GogsPullRequest fromVanishedBranch;

    @BeforeAll
    static void seed(GogsServer gogs) {
        clients = new DiscoveryClients(gogs);
        alice = gogs.createUser("alice");
        bob = gogs.createUser("bob");
        carol = gogs.createUser("carol");
        upstream = alice.createRepository("project").withInitialCommit();
        upstream.pushBranch(SLASHED);
        upstream.pushBranch(UNICODE);
        upstream.pushBranch("topic/merged");
        merged = upstream.openPullRequest("master", "topic/merged");
        upstream.mergePullRequest(merged.number());
        lightTagged = upstream.pushTag("v1.0");
        annotatedTagged = upstream.pushAnnotatedTag("release/2.0", "Release 2.0");
        upstream.pushBranch("topic/open");
        openOrigin = upstream.openPullRequest("master", "topic/open");
        upstream.pushBranch("topic/closed");
        closed = upstream.openPullRequest("master", "topic/closed");
        upstream.closeIssue(closed.number());
        GogsRepository bobsFork = bob.fork(upstream);
        bobsFork.pushBranch("fix/from-bob");
        fromFork = upstream.openPullRequest("master", bobsFork, "fix/from-bob");
        GogsRepository carolsFork = carol.fork(upstream);
        carolsFork.pushBranch("short-lived");
        fromVanishedBranch = upstream.openPullRequest("master", carolsFork, "short-lived");
        carolsFork.deleteBranch("short-lived");
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    private static DiscoveredHeads discover(DiscoveryRequest request) {
        return new HeadDiscovery(clients.as(alice).client(), alice.name(), upstream.name(), new DiscoveryCache())
                .discover(request);
    }

    @Test
    void findsEveryBranchWithItsTipIncludingNamesWithSlashesAndNonAsciiLetters() {
        Map<String, String> expected = upstream.lsRemote("refs/heads/*").entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().substring("refs/heads/".length()), Map.Entry::getValue));

        DiscoveredHeads heads = discover(DiscoveryRequest.nothing().withBranches(true));

        assertThat(heads.branches())
                .extracting(DiscoveredBranch::name)
                .contains(SLASHED, UNICODE, "master", "topic/open");
        assertThat(heads.branches().stream().collect(Collectors.toMap(DiscoveredBranch::name, DiscoveredBranch::sha)))
                .isEqualTo(expected);
        assertThat(heads.tags()).isEmpty();
        assertThat(heads.pullRequests()).isEmpty();
        assertThat(heads.defaultBranch()).isEqualTo("master");
    }

    @Test
    void findsTagsWithTheTaggedCommitAndItsTimeAlsoForAnnotatedTags() {
        Map<String, String> refs = upstream.lsRemote("refs/tags/*");

        DiscoveredHeads heads = discover(DiscoveryRequest.nothing().withTags(true));

        assertThat(heads.tags())
                .extracting(DiscoveredTag::name, DiscoveredTag::commitSha, DiscoveredTag::annotated)
                .containsExactlyInAnyOrder(
                        tuple("v1.0", lightTagged, false), tuple("release/2.0", annotatedTagged, true));
        DiscoveredTag annotated = heads.tags().stream()
                .filter(DiscoveredTag::annotated)
                .findFirst()
                .orElseThrow();
        assertThat(annotated.refSha())
                .isEqualTo(refs.get("refs/tags/release/2.0"))
                .isNotEqualTo(annotatedTagged);
        for (DiscoveredTag tag : heads.tags()) {
            assertThat(tag.commitTime()).as(tag.name()).isEqualTo(authorTime(tag.commitSha()));
        }
        assertThat(heads.branches()).isEmpty();
    }

    private static Instant authorTime(String sha) {
        Commit commit = clients.as(alice)
                .client()
                .repo(alice.name(), upstream.name())
                .commit(sha)
                .orElseThrow();
        return commit.commit().author().date().toInstant();
    }

    @Test
    void findsOpenPullRequestsFromTheRepositoryAndFromForksButNotClosedOrMergedOnes() {
        Map<String, String> pullRefs = upstream.lsRemote("refs/pull/*");

        DiscoveredHeads heads =
                discover(DiscoveryRequest.nothing().withOriginPullRequests(true).withForkPullRequests(true));

        assertThat(pullRefs).containsKeys(closed.headRef(), merged.headRef()); // Gogs keeps their refs
        assertThat(heads.pullRequests())
                .extracting(
                        DiscoveredPullRequest::number,
                        p -> p.head().kind(),
                        p -> p.head().owner(),
                        p -> p.head().repository(),
                        p -> p.head().branch())
                .containsExactly(
                        tuple(openOrigin.number(), PullRequestHead.Kind.ORIGIN, alice.name(), "project", "topic/open"),
                        tuple(fromFork.number(), PullRequestHead.Kind.FORK, bob.name(), "project", "fix/from-bob"),
                        tuple(fromVanishedBranch.number(), PullRequestHead.Kind.UNKNOWN_FORK, null, null, null));
        for (DiscoveredPullRequest pull : heads.pullRequests()) {
            assertThat(pull.headSha()).isEqualTo(pullRefs.get(pull.headRef()));
            assertThat(pull.baseBranch()).isEqualTo("master");
            assertThat(pull.baseBranchGuessed()).isTrue();
        }
        assertThat(heads.pullRequests().get(1).author()).isEqualTo(bob.name());
        assertThat(heads.pullRequests().get(1).title()).isEqualTo("Merge " + bob.name() + ":fix/from-bob into master");
        assertThat(heads.warnings()).isEmpty();
    }

    @Test
    void findsOnlyTheKindOfPullRequestAsked() {
        assertThat(discover(DiscoveryRequest.nothing().withOriginPullRequests(true))
                        .pullRequests())
                .extracting(DiscoveredPullRequest::number)
                .containsExactly(openOrigin.number());
        assertThat(discover(DiscoveryRequest.nothing().withForkPullRequests(true))
                        .pullRequests())
                .extracting(DiscoveredPullRequest::number)
                .containsExactly(fromFork.number(), fromVanishedBranch.number());
    }

    @Test
    void takesWhatADeliveryToldOverWhatTheCallerRecordedAndSearchesNoFork() {
        DiscoveryClients.Counted counted = clients.as(alice);
        DiscoveryCache cache = new DiscoveryCache();
        HeadDiscovery discovery = new HeadDiscovery(counted.client(), alice.name(), upstream.name(), cache);
        cache.knownPullRequests()
                .learn(
                        discovery.repositoryKey(),
                        fromFork.number(),
                        new PullRequestFacts(UNICODE, "fix/from-bob", bob.name(), "project", true, bob.name()));
        cache.knownPullRequests()
                .learn(
                        discovery.repositoryKey(),
                        fromVanishedBranch.number(),
                        new PullRequestFacts("master", "short-lived", carol.name(), "project", true, carol.name()));
        DiscoveryRequest forks = DiscoveryRequest.nothing()
                .withForkPullRequests(true)
                .withRecordedBaseBranches(Map.of(fromFork.number(), SLASHED));

        DiscoveredHeads heads = discovery.discover(forks);

        assertThat(heads.pullRequests()).first().satisfies(p -> {
            assertThat(p.number()).isEqualTo(fromFork.number());
            assertThat(p.baseBranch()).isEqualTo(UNICODE);
            assertThat(p.baseBranchGuessed()).isFalse();
            assertThat(p.head()).isEqualTo(PullRequestHead.fork(bob.name(), "project", "fix/from-bob"));
        });
        assertThat(heads.pullRequests().get(1).head())
                .as("Gogs named the fork and branch, though the branch is gone")
                .isEqualTo(PullRequestHead.fork(carol.name(), "project", "short-lived"));
        assertThat(counted.takeTargets())
                .as("where the heads come from is known: no fork is searched")
                .noneMatch(t -> t.endsWith("/forks") || t.endsWith("/branches"));
    }

    @Test
    void takesTheTargetTheCallerRecordedWhenNoDeliveryToldOne() {
        DiscoveredHeads heads = discover(DiscoveryRequest.nothing()
                .withOriginPullRequests(true)
                .withRecordedBaseBranches(Map.of(openOrigin.number(), SLASHED)));

        assertThat(heads.pullRequests()).singleElement().satisfies(p -> {
            assertThat(p.baseBranch()).isEqualTo(SLASHED);
            assertThat(p.baseBranchGuessed()).isFalse();
        });
    }
}
