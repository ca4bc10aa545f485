package io.jenkins.plugins.gogs.events;

import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.SECRET;
import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.WAIT;
import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.accepted;
import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.awaitPullRequest;
import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.awaitRef;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.ServerUrl;
import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import org.junit.jupiter.api.Test;

/**
 * Every event type the plugin subscribes to, as a real Gogs 0.14.3 delivers it to a hook with a secret: the
 * delivery passes {@link io.jenkins.plugins.gogs.events.WebhookReceiver} (signature verified) and parses into the
 * fields the SCM side needs.
 */
@RealGogs
class RealDeliveriesTest {

    @Test
    void aPushToAnExistingBranchIsAVerifiedPushEvent(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo = gogs.createUser("alice").createRepository("push").withInitialCommit();
        String before = repo.lsRemote("refs/heads/master").get("refs/heads/master");
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", SECRET, "push");

        String after = repo.pushFile("master", "docs/readme.txt", "hello\n");

        PushEvent push = accepted(gogs, hooks.awaitEvent("push", WAIT), PushEvent.class);
        assertThat(push.gitRef()).isEqualTo(new GitRef(RefKind.BRANCH, "master"));
        assertThat(push.before()).isEqualTo(before);
        assertThat(push.after()).isEqualTo(after);
        assertThat(push.created()).isFalse();
        assertThat(push.scmChange()).isEqualTo(ScmChange.UPDATED);
        assertThat(push.headCommit()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(after));
        assertRepository(gogs, push.repository(), repo);
    }

    @Test
    void aNewBranchSendsCreateThenAPushFromTheZeroSha(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo =
                gogs.createUser("alice").createRepository("branch").withInitialCommit();
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", SECRET, "push", "create");

        String head = repo.pushBranch("feature/ä.x");

        RefCreatedEvent create = accepted(gogs, awaitRef(hooks, "create", "feature/ä.x"), RefCreatedEvent.class);
        assertThat(create.gitRef()).isEqualTo(new GitRef(RefKind.BRANCH, "feature/ä.x"));
        assertThat(create.sha()).isEmpty();
        assertThat(create.scmChange()).isEqualTo(ScmChange.CREATED);
        assertRepository(gogs, create.repository(), repo);
        PushEvent push = accepted(gogs, hooks.awaitEvent("push", WAIT), PushEvent.class);
        assertThat(push.gitRef().fullName()).isEqualTo("refs/heads/feature/ä.x");
        assertThat(push.created()).isTrue();
        assertThat(push.after()).isEqualTo(head);
        assertThat(push.scmChange()).isEqualTo(ScmChange.CREATED);
    }

    @Test
    void tagsArriveAsCreateEventsWithTheirRefValueAndNoPush(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo = gogs.createUser("alice").createRepository("tags").withInitialCommit();
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", SECRET, "push", "create");

        String tagged = repo.pushTag("v1.0");
        repo.pushAnnotatedTag("v2.0", "Second release");
        String marker = repo.pushFile("master", "after-tags.txt", "x\n");

        RefCreatedEvent light = accepted(gogs, awaitRef(hooks, "create", "v1.0"), RefCreatedEvent.class);
        RefCreatedEvent annotated = accepted(gogs, awaitRef(hooks, "create", "v2.0"), RefCreatedEvent.class);
        assertThat(light.gitRef()).isEqualTo(new GitRef(RefKind.TAG, "v1.0"));
        assertThat(light.sha()).isEqualTo(tagged);
        assertThat(annotated.gitRef().fullName()).isEqualTo("refs/tags/v2.0");
        assertThat(annotated.sha()).matches("[0-9a-f]{40}").isNotEqualTo(tagged); // the tag object, not the commit
        hooks.await(
                d -> "push".equals(d.event())
                        && RealGogsDeliveries.json(d.body())
                                .path("after")
                                .asText()
                                .equals(marker),
                WAIT,
                "the push after the tags");
        assertThat(hooks.deliveries())
                .filteredOn(d -> "push".equals(d.event()))
                .extracting(d -> RealGogsDeliveries.json(d.body()).path("ref").asText())
                .containsOnly("refs/heads/master");
    }

    @Test
    void deletingABranchAndATagSendsDeleteEvents(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo =
                gogs.createUser("alice").createRepository("delete").withInitialCommit();
        repo.pushBranch("doomed");
        repo.pushTag("v0.1");
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", SECRET, "delete");

        repo.deleteBranch("doomed");
        repo.deleteTag("v0.1");

        RefDeletedEvent branch = accepted(gogs, awaitRef(hooks, "delete", "doomed"), RefDeletedEvent.class);
        RefDeletedEvent tag = accepted(gogs, awaitRef(hooks, "delete", "v0.1"), RefDeletedEvent.class);
        assertThat(branch.gitRef()).isEqualTo(new GitRef(RefKind.BRANCH, "doomed"));
        assertThat(tag.gitRef()).isEqualTo(new GitRef(RefKind.TAG, "v0.1"));
        assertThat(branch.scmChange()).isEqualTo(ScmChange.REMOVED);
        assertThat(tag.scmChange()).isEqualTo(ScmChange.REMOVED);
        assertRepository(gogs, tag.repository(), repo);
    }

    @Test
    void aPullRequestIsOpenedAndThenSynchronizedByAPushToItsHead(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo = gogs.createUser("alice").createRepository("pulls").withInitialCommit();
        repo.pushBranch("topic");
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", SECRET, "pull_request");

        GogsPullRequest pr = repo.openPullRequest("master", "topic");
        PullRequestEvent opened = accepted(gogs, awaitPullRequest(hooks, "opened"), PullRequestEvent.class);
        repo.pushCommit("topic", "More work");
        PullRequestEvent synced = accepted(gogs, awaitPullRequest(hooks, "synchronized"), PullRequestEvent.class);

        assertThat(opened.number()).isEqualTo(pr.number());
        assertThat(opened.actionKind()).isEqualTo(PullRequestAction.OPENED);
        assertThat(opened.scmChange()).isEqualTo(ScmChange.CREATED);
        assertThat(opened.pullRequest().headBranch()).isEqualTo("topic");
        assertThat(opened.pullRequest().baseBranch()).isEqualTo("master");
        assertThat(opened.pullRequest().isFromFork()).isFalse();
        assertThat(opened.pullRequest().merged()).isFalse();
        assertRepository(gogs, opened.pullRequest().headRepo(), repo);
        assertRepository(gogs, opened.repository(), repo);
        assertThat(synced.number()).isEqualTo(pr.number());
        assertThat(synced.actionKind()).isEqualTo(PullRequestAction.SYNCHRONIZED);
        assertThat(synced.scmChange()).isEqualTo(ScmChange.UPDATED);
    }

    @Test
    void aMergedPullRequestArrivesAsClosedAndMerged(GogsServer gogs, WebhookReceiver hooks) {
        // A pull request of its own, never pushed to after opening: Gogs 0.14 can leave a pull request "checking"
        // (and unmergeable) when a push to its head races with the check that opening it started.
        GogsRepository repo =
                gogs.createUser("alice").createRepository("merged").withInitialCommit();
        repo.pushBranch("done");
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", SECRET, "pull_request");
        GogsPullRequest pr = repo.openPullRequest("master", "done");

        repo.mergePullRequest(pr.number());

        PullRequestEvent closed = accepted(gogs, awaitPullRequest(hooks, "closed"), PullRequestEvent.class);
        assertThat(closed.number()).isEqualTo(pr.number());
        assertThat(closed.actionKind()).isEqualTo(PullRequestAction.CLOSED);
        assertThat(closed.isMerged()).isTrue();
        assertThat(closed.pullRequest().mergeCommitSha()).matches("[0-9a-f]{40}");
        assertThat(closed.pullRequest().mergedAt()).isNotNull();
        assertThat(closed.scmChange()).isEqualTo(ScmChange.REMOVED);
    }

    @Test
    void aPullRequestFromAForkNamesTheForkAsItsHead(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository upstream =
                gogs.createUser("alice").createRepository("upstream").withInitialCommit();
        GogsUser bob = gogs.createUser("bob");
        GogsRepository fork = bob.fork(upstream);
        fork.pushBranch("fix");
        RealGogsDeliveries.addHook(gogs, upstream, hooks.url(), "json", SECRET, "pull_request");

        upstream.openPullRequest("master", fork, "fix");

        PullRequestEvent opened = accepted(gogs, awaitPullRequest(hooks, "opened"), PullRequestEvent.class);
        assertThat(opened.pullRequest().isFromFork()).isTrue();
        assertThat(opened.pullRequest().headBranch()).isEqualTo("fix");
        assertThat(opened.pullRequest().headRepo().ownerName()).isEqualTo(bob.name());
        assertThat(opened.pullRequest().headRepo().fullName()).isEqualTo(fork.fullName());
        assertThat(opened.pullRequest().headRepo().cloneUrl()).isEqualTo(fork.cloneUrl());
        assertRepository(gogs, opened.pullRequest().baseRepo(), upstream);
    }

    @Test
    void aForkSendsTheNewRepositoryAsForkee(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository upstream =
                gogs.createUser("alice").createRepository("forked").withInitialCommit();
        RealGogsDeliveries.addHook(gogs, upstream, hooks.url(), "json", SECRET, "fork");
        GogsUser bob = gogs.createUser("bob");

        GogsRepository fork = bob.fork(upstream);

        ForkEvent event = accepted(gogs, hooks.awaitEvent("fork", WAIT), ForkEvent.class);
        assertRepository(gogs, event.repository(), upstream);
        assertThat(event.forkee().fullName()).isEqualTo(fork.fullName());
        assertThat(event.forkee().ownerName()).isEqualTo(bob.name());
        assertThat(event.forkee().fork()).isTrue();
        assertThat(event.scmChange()).isEqualTo(ScmChange.CREATED);
    }

    @Test
    void aReleasePublishedInTheWebUiNamesItsNewTag(GogsServer gogs, WebhookReceiver hooks) throws Exception {
        GogsRepository repo =
                gogs.createUser("alice").createRepository("releases").withInitialCommit();
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", SECRET, "release");

        WebUiRelease.publish(gogs, repo, "v3.0", "master");

        ReleaseEvent release = accepted(gogs, hooks.awaitEvent("release", WAIT), ReleaseEvent.class);
        assertThat(release.action()).isEqualTo("published");
        assertThat(release.gitRef()).isEqualTo(new GitRef(RefKind.TAG, "v3.0"));
        assertThat(release.release().targetCommitish()).isEqualTo("master");
        assertThat(release.release().draft()).isFalse();
        assertThat(release.scmChange()).isEqualTo(ScmChange.CREATED);
        assertRepository(gogs, release.repository(), repo);
        assertThat(repo.lsRemote("refs/tags/v3.0")).containsKey("refs/tags/v3.0");
    }

    @Test
    void issueEventsAreVerifiedButNotScmRelevant(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo =
                gogs.createUser("alice").createRepository("issues").withInitialCommit();
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", SECRET, "issues", "issue_comment");

        long number = repo.createIssues(1).get(0);
        repo.comment(number, "Seen it", repo.actor());

        IssuesEvent issue = accepted(gogs, hooks.awaitEvent("issues", WAIT), IssuesEvent.class);
        IssueCommentEvent comment = accepted(gogs, hooks.awaitEvent("issue_comment", WAIT), IssueCommentEvent.class);
        assertThat(issue.number()).isEqualTo(number);
        assertThat(issue.issue().isPullRequest()).isFalse();
        assertThat(issue.scmRelevant()).isFalse();
        assertThat(comment.comment().body()).isEqualTo("Seen it");
        assertThat(comment.scmRelevant()).isFalse();
    }

    private static void assertRepository(GogsServer gogs, WebhookRepository actual, GogsRepository expected) {
        assertThat(actual.fullName()).isEqualTo(expected.fullName());
        assertThat(actual.ownerName()).isEqualTo(expected.owner());
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.cloneUrl()).isEqualTo(expected.cloneUrl());
        assertThat(actual.htmlUrl()).isEqualTo(gogs.url() + "/" + expected.fullName());
        assertThat(ServerUrl.sameServer(actual.serverUrl(), gogs.url()))
                .as(actual.serverUrl())
                .isTrue();
        assertThat(actual.isOnServer(gogs.url() + "/")).isTrue();
    }
}
