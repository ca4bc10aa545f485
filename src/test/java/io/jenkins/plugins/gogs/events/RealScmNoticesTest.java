package io.jenkins.plugins.gogs.events;

import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.SECRET;
import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.WAIT;
import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.accepted;
import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.awaitPullRequest;
import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.awaitRef;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.discovery.PullRequestFacts;
import io.jenkins.plugins.gogs.events.ScmNotice.HeadNotice;
import io.jenkins.plugins.gogs.events.ScmNotice.SourceNotice;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Real deliveries of Gogs 0.14.3 turned into notices: the heads and repositories Jenkins is told about. */
@RealGogs
class RealScmNoticesTest {

    private static final Logger LOGGER = Logger.getLogger(RealScmNoticesTest.class.getName());

    @Test
    void aPullRequestFromAForkIsAHeadOfTheBaseRepositoryFromTheForksBranch(GogsServer gogs, WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository upstream = alice.createRepository("upstream").withInitialCommit();
        GogsUser bob = gogs.createUser("bob");
        GogsRepository fork = bob.fork(upstream);
        fork.pushBranch("fix");
        RealGogsDeliveries.addHook(gogs, upstream, hooks.url(), "json", SECRET, "pull_request");

        GogsPullRequest pr = upstream.openPullRequest("master", fork, "fix");
        HeadNotice opened = notice(gogs, awaitPullRequest(hooks, "opened"));

        assertThat(opened.change()).isEqualTo(ScmChange.CREATED);
        assertThat(opened.repository()).isEqualTo(new RepositoryKey(gogs.url(), alice.name(), "upstream"));
        assertThat(opened.head())
                .isEqualTo(new ChangedHead.PullRequest(
                        pr.number(), "master", "fix", bob.name(), "upstream", true, bob.name()));
        assertThat(((ChangedHead.PullRequest) opened.head()).facts())
                .as("what the delivery tells of the pull request for good")
                .contains(new PullRequestFacts("master", "fix", bob.name(), "upstream", true, bob.name()));
        assertThat(opened.delay()).isEqualTo(ScmNotices.DEFAULT_PULL_REQUEST_DELAY);
        assertThat(opened.description())
                .isEqualTo("Pull request #" + pr.number() + " opened in " + upstream.fullName());
    }

    @Test
    void branchesAndTagsArriveAsCreatedUpdatedAndRemovedHeads(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo = gogs.createUser("alice").createRepository("heads").withInitialCommit();
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", SECRET, "push", "create", "delete");

        String tip = repo.pushBranch("feature/x");
        HeadNotice created = notice(gogs, awaitRef(hooks, "create", "feature/x"));
        HeadNotice firstPush = notice(gogs, hooks.await(d -> "push".equals(d.event()), WAIT, "the first push"));
        repo.pushTag("v1.0");
        HeadNotice tag = notice(gogs, awaitRef(hooks, "create", "v1.0"));
        repo.deleteBranch("feature/x");
        HeadNotice deleted = notice(gogs, awaitRef(hooks, "delete", "feature/x"));

        assertThat(created.change()).isEqualTo(ScmChange.CREATED);
        assertThat(created.head()).isEqualTo(new ChangedHead.Branch("feature/x", null));
        assertThat(firstPush.change()).isEqualTo(ScmChange.CREATED);
        assertThat(firstPush.head()).isEqualTo(new ChangedHead.Branch("feature/x", tip));
        assertThat(tag.head()).isEqualTo(new ChangedHead.Tag("v1.0"));
        assertThat(deleted.change()).isEqualTo(ScmChange.REMOVED);
        assertThat(deleted.head()).isEqualTo(new ChangedHead.Branch("feature/x", null));
    }

    @Test
    void aForkIsANewRepositoryForItsOwnersFolder(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository upstream =
                gogs.createUser("alice").createRepository("forked").withInitialCommit();
        RealGogsDeliveries.addHook(gogs, upstream, hooks.url(), "json", SECRET, "fork");
        GogsUser bob = gogs.createUser("bob");

        bob.fork(upstream);

        ForkEvent fork = accepted(gogs, hooks.awaitEvent("fork", WAIT), ForkEvent.class);
        ScmNotice notice = ScmNotices.of(fork, gogs.url()).orElseThrow();
        assertThat(notice).isInstanceOf(SourceNotice.class);
        assertThat(notice.repository()).isEqualTo(new RepositoryKey(gogs.url(), bob.name(), "forked"));
        assertThat(notice.change()).isEqualTo(ScmChange.CREATED);
    }

    /**
     * Why pull-request notices wait: Gogs sends {@code synchronized} before it moves {@code refs/pull/N/head}. This
     * records, for a few pushes, whether the ref was still stale when the delivery arrived and how long it took to
     * move (logged, not asserted: it depends on the machine), and checks that it always moved eventually.
     */
    @Test
    void thePullRefMovesAfterTheSynchronizedDeliveryArrives(GogsServer gogs, WebhookReceiver hooks) throws Exception {
        GogsRepository repo = gogs.createUser("alice").createRepository("race").withInitialCommit();
        repo.pushBranch("topic");
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", SECRET, "pull_request");
        GogsPullRequest pr = repo.openPullRequest("master", "topic");
        awaitPullRequest(hooks, "opened");
        String pullRef = "refs/pull/" + pr.number() + "/head";
        List<String> lags = new ArrayList<>();

        for (int push = 1; push <= 4; push++) {
            int before = hooks.deliveries().size();
            String sha = repo.pushCommit("topic", "Push " + push);
            hooks.await(
                    d -> hooks.deliveries().indexOf(d) >= before
                            && "pull_request".equals(d.event())
                            && "synchronized"
                                    .equals(RealGogsDeliveries.json(d.body())
                                            .path("action")
                                            .asText()),
                    WAIT,
                    "synchronized after push " + push);
            long arrived = System.nanoTime();
            boolean staleOnArrival = !sha.equals(repo.lsRemote(pullRef).get(pullRef));
            long deadline = arrived + WAIT.toNanos();
            while (!sha.equals(repo.lsRemote(pullRef).get(pullRef))) {
                assertThat(System.nanoTime())
                        .as("%s still not at %s", pullRef, sha)
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
            lags.add((staleOnArrival ? "stale on arrival, moved after " : "already moved, seen after ")
                    + (System.nanoTime() - arrived) / 1_000_000 + " ms");
        }
        LOGGER.info(
                "refs/pull/N/head after 'synchronized' (notices wait " + ScmNotices.pullRequestDelay() + "): " + lags);
    }

    private static HeadNotice notice(GogsServer gogs, WebhookDelivery delivery) {
        GogsWebhookEvent event = accepted(gogs, delivery, GogsWebhookEvent.class);
        return (HeadNotice)
                ScmNotices.of(event, gogs.url()).orElseThrow(() -> new AssertionError("no notice: " + event));
    }
}
