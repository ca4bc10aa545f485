package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.discovery.PullRequestFacts;
import io.jenkins.plugins.gogs.events.ScmNotice.HeadNotice;
import io.jenkins.plugins.gogs.events.ScmNotice.SourceNotice;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which SCM change, head and repository each kind of event becomes; real payloads in {@link RealScmNoticesTest}. */
class ScmNoticesTest {

    private static final String SERVER = "https://git.example.com/gogs";
    private static final String SHA = "2222222222222222222222222222222222222222";
    private static final String ZERO = "0000000000000000000000000000000000000000";
    private static final WebhookRepository APP = repo(7, "Acme", "App");
    private static final RepositoryKey APP_KEY = new RepositoryKey(SERVER, "acme", "app");

    @Test
    void aPushUpdatesTheBranchWithItsNewTip() {
        HeadNotice notice = head(push("refs/heads/feature/x", "1111111111111111111111111111111111111111", SHA));

        assertThat(notice.change()).isEqualTo(ScmChange.UPDATED);
        assertThat(notice.head()).isEqualTo(new ChangedHead.Branch("feature/x", SHA));
        assertThat(notice.repository()).isEqualTo(APP_KEY);
        assertThat(notice.delay()).isEqualTo(Duration.ZERO);
        assertThat(notice.description()).isEqualTo("Push to branch feature/x in Acme/App");
    }

    @Test
    void theFirstPushCreatesTheBranchAndADeletingPushRemovesItWithoutATip() {
        assertThat(head(push("refs/heads/new", ZERO, SHA))).satisfies(n -> {
            assertThat(n.change()).isEqualTo(ScmChange.CREATED);
            assertThat(n.head()).isEqualTo(new ChangedHead.Branch("new", SHA));
            assertThat(n.summary()).isEqualTo("Branch new created");
        });
        assertThat(head(push("refs/heads/old", SHA, ZERO))).satisfies(n -> {
            assertThat(n.change()).isEqualTo(ScmChange.REMOVED);
            assertThat(n.head()).isEqualTo(new ChangedHead.Branch("old", null));
        });
    }

    @Test
    void pushesToRefsOtherThanBranchesAndTagsAreNotForJenkins() {
        assertThat(ScmNotices.of(push("refs/notes/commits", SHA, "3333333333333333333333333333333333333333"), SERVER))
                .isEmpty();
    }

    @Test
    void createAndDeleteEventsCreateAndRemoveBranchesAndTagsByShortName() {
        assertThat(head(new RefCreatedEvent("release/1.x", "branch", "", "main", APP, null)))
                .satisfies(n -> {
                    assertThat(n.change()).isEqualTo(ScmChange.CREATED);
                    assertThat(n.head()).isEqualTo(new ChangedHead.Branch("release/1.x", null));
                });
        assertThat(head(new RefCreatedEvent("v1.0", "tag", SHA, "main", APP, null)))
                .satisfies(n -> {
                    assertThat(n.change()).isEqualTo(ScmChange.CREATED);
                    assertThat(n.head()).isEqualTo(new ChangedHead.Tag("v1.0"));
                    assertThat(n.summary()).isEqualTo("Tag v1.0 created");
                });
        assertThat(head(new RefDeletedEvent("v1.0", "tag", "user", APP, null))).satisfies(n -> {
            assertThat(n.change()).isEqualTo(ScmChange.REMOVED);
            assertThat(n.head()).isEqualTo(new ChangedHead.Tag("v1.0"));
            assertThat(n.summary()).isEqualTo("Tag v1.0 deleted");
        });
        assertThat(head(new RefDeletedEvent("topic", "branch", "user", APP, null))
                        .head())
                .isEqualTo(new ChangedHead.Branch("topic", null));
        assertThat(ScmNotices.of(new RefCreatedEvent("x", "commit", SHA, "main", APP, null), SERVER))
                .isEmpty();
    }

    @Test
    void pullRequestActionsMapToCreatedUpdatedOrRemovedAndWaitForTheRef() {
        assertThat(pullRequestChange("opened", false)).isEqualTo(Optional.of(ScmChange.CREATED));
        assertThat(pullRequestChange("reopened", false)).isEqualTo(Optional.of(ScmChange.CREATED));
        assertThat(pullRequestChange("synchronized", false)).isEqualTo(Optional.of(ScmChange.UPDATED));
        assertThat(pullRequestChange("edited", false)).isEqualTo(Optional.of(ScmChange.UPDATED));
        assertThat(pullRequestChange("closed", false)).isEqualTo(Optional.of(ScmChange.REMOVED));
        assertThat(pullRequestChange("closed", true)).isEqualTo(Optional.of(ScmChange.REMOVED));
        for (String nothing : List.of("label_updated", "label_cleared", "assigned", "milestoned", "whatever")) {
            assertThat(pullRequestChange(nothing, false)).as(nothing).isEmpty();
        }
        HeadNotice merged = head(pullRequest("closed", true, APP));
        assertThat(merged.summary()).isEqualTo("Pull request #12 merged");
        assertThat(merged.delay())
                .isEqualTo(ScmNotices.DEFAULT_PULL_REQUEST_DELAY)
                .isPositive();
    }

    @Test
    void thePullRequestDelayPropertyIsWholeSecondsClampedToFiveMinutesAndFallsBackToFiveSeconds() {
        assertThat(ScmNotices.pullRequestDelay("12")).isEqualTo(Duration.ofSeconds(12));
        assertThat(ScmNotices.pullRequestDelay(" 7 ")).isEqualTo(Duration.ofSeconds(7));
        assertThat(ScmNotices.pullRequestDelay("0")).isEqualTo(Duration.ZERO);
        assertThat(ScmNotices.pullRequestDelay("300")).isEqualTo(Duration.ofMinutes(5));

        assertThat(ScmNotices.pullRequestDelay("-3")).isEqualTo(Duration.ZERO);
        assertThat(ScmNotices.pullRequestDelay("301")).isEqualTo(Duration.ofMinutes(5));
        assertThat(ScmNotices.pullRequestDelay("99999999999999999999")).isEqualTo(Duration.ofMinutes(5));

        for (String unusable : new String[] {null, "", "  ", "ten", "2.5", "5s"}) {
            assertThat(ScmNotices.pullRequestDelay(unusable)).as(unusable).isEqualTo(Duration.ofSeconds(5));
        }
    }

    @Test
    void pullRequestNoticesWaitAsThePropertySaysAtTheTimeOfTheEvent() {
        String property = "io.jenkins.plugins.gogs.events.ScmNotices.pullRequestDelaySeconds";
        assertThat(ScmNotices.PULL_REQUEST_DELAY_PROPERTY).isEqualTo(property); // the name docs/webhooks.md gives
        try {
            System.setProperty(property, "30");
            assertThat(head(pullRequest("opened", false, APP)).delay()).isEqualTo(Duration.ofSeconds(30));
            assertThat(head(push("refs/heads/main", SHA, SHA)).delay()).isEqualTo(Duration.ZERO);

            System.setProperty(property, "0");
            assertThat(head(pullRequest("synchronized", false, APP)).delay()).isEqualTo(Duration.ZERO);
        } finally {
            System.clearProperty(property);
        }
        assertThat(head(pullRequest("opened", false, APP)).delay()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aPullRequestNamesItsTargetAndWhereItsHeadComesFrom() {
        HeadNotice sameRepo = head(pullRequest("opened", false, APP));
        assertThat(sameRepo.head())
                .isEqualTo(new ChangedHead.PullRequest(12, "main", "topic", "Acme", "App", false, null));
        assertThat(sameRepo.repository()).isEqualTo(APP_KEY);

        HeadNotice fromFork = head(pullRequest("synchronized", false, repo(9, "bob", "app")));
        assertThat(fromFork.head())
                .isEqualTo(new ChangedHead.PullRequest(12, "main", "topic", "bob", "app", true, null));
        assertThat(fromFork.repository()).isEqualTo(APP_KEY); // the base repository: where refs/pull/12/head lives

        WebhookRepository deleted = new WebhookRepository(
                0, null, "deleted", null, null, null, null, null, false, false, null, false, false);
        assertThat(head(pullRequest("closed", false, deleted)).head())
                .isEqualTo(new ChangedHead.PullRequest(12, "main", "topic", null, null, true, null));
    }

    @Test
    void aPullRequestTellsItsFactsOnlyWithAnAuthorAndForAnOriginWithItsRepository() {
        ChangedHead.PullRequest fromFork = new ChangedHead.PullRequest(12, "main", "topic", "bob", "app", true, "bob");
        ChangedHead.PullRequest deletedFork = new ChangedHead.PullRequest(12, "main", "topic", null, null, true, "bob");
        ChangedHead.PullRequest anonymous = new ChangedHead.PullRequest(12, "main", "topic", "bob", "app", true, null);
        ChangedHead.PullRequest originWithoutRepository =
                new ChangedHead.PullRequest(12, "main", "topic", null, null, false, "alice");

        assertThat(fromFork.facts()).contains(new PullRequestFacts("main", "topic", "bob", "app", true, "bob"));
        assertThat(deletedFork.facts()).contains(new PullRequestFacts("main", "topic", null, null, true, "bob"));
        assertThat(anonymous.facts()).isEmpty();
        assertThat(originWithoutRepository.facts()).isEmpty();
    }

    @Test
    void unverifiedDeliveriesGiveNoPullRequestNoticesButStillBranchNotices() {
        assertThat(ScmNotices.of(pullRequest("opened", false, APP), SERVER, false))
                .isEmpty();
        assertThat(ScmNotices.of(pullRequest("opened", false, APP), SERVER, true))
                .isPresent();
        assertThat(ScmNotices.of(push("refs/heads/main", SHA, SHA), SERVER, false))
                .hasValueSatisfying(n -> assertThat(n.change()).isEqualTo(ScmChange.UPDATED));
    }

    @Test
    void aPublishedReleaseCreatesItsTag() {
        ReleaseEvent release = new ReleaseEvent(
                "published", new WebhookRelease(1, "v2.0", "main", "Two", false, false, null), APP, null);

        HeadNotice notice = head(release);

        assertThat(notice.change()).isEqualTo(ScmChange.CREATED);
        assertThat(notice.head()).isEqualTo(new ChangedHead.Tag("v2.0"));
        assertThat(notice.summary()).isEqualTo("Release of tag v2.0");
    }

    @Test
    void aForkIsANewRepositoryOfTheForksOwner() {
        ScmNotice notice = ScmNotices.of(new ForkEvent(repo(9, "bob", "App"), APP, null), SERVER)
                .orElseThrow();

        assertThat(notice).isInstanceOf(SourceNotice.class);
        assertThat(notice.change()).isEqualTo(ScmChange.CREATED);
        assertThat(notice.repository()).isEqualTo(new RepositoryKey(SERVER, "bob", "App"));
        assertThat(notice.description()).isEqualTo("Fork of Acme/App in bob/App");
    }

    @Test
    void issuesAndCommentsAreNotForJenkins() {
        WebhookIssue issue = new WebhookIssue(1, 3, "Bug", "open", null, null);
        assertThat(ScmNotices.of(new IssuesEvent("opened", 3, issue, APP, null), SERVER))
                .isEmpty();
        assertThat(ScmNotices.of(new IssueCommentEvent("created", issue, null, APP, null), SERVER))
                .isEmpty();
        assertThat(ScmNotices.of(new UnknownEvent("star", APP, null), SERVER)).isEmpty();
    }

    @Test
    void theNoticeNamesTheConfiguredServerNotTheUrlInThePayload() {
        // Gogs' EXTERNAL_URL (in html_url) may be the server's alias URL; Jenkins sources use the configured URL.
        HeadNotice notice = (HeadNotice) ScmNotices.of(push("refs/heads/main", SHA, SHA), "HTTPS://Gogs.Internal:443/")
                .orElseThrow();

        assertThat(notice.repository().serverUrl()).isEqualTo("https://gogs.internal");
        assertThat(notice.repository().matches("https://gogs.internal/", "ACME", "app"))
                .isTrue();
        assertThat(notice.repository().matches("https://git.example.com/gogs", "acme", "app"))
                .isFalse();
    }

    private static Optional<ScmChange> pullRequestChange(String action, boolean merged) {
        return ScmNotices.of(pullRequest(action, merged, APP), SERVER).map(ScmNotice::change);
    }

    private static HeadNotice head(GogsWebhookEvent event) {
        return (HeadNotice)
                ScmNotices.of(event, SERVER).orElseThrow(() -> new AssertionError("no notice for " + event));
    }

    private static PushEvent push(String ref, String before, String after) {
        return new PushEvent(ref, before, after, "", List.of(), APP, null, null);
    }

    private static PullRequestEvent pullRequest(String action, boolean merged, WebhookRepository headRepo) {
        WebhookPullRequest pr = new WebhookPullRequest(
                100,
                12,
                "Title",
                null,
                merged ? "closed" : "open",
                "topic",
                headRepo,
                "main",
                APP,
                SERVER + "/Acme/App/pulls/12",
                true,
                merged,
                null,
                null,
                null);
        return new PullRequestEvent(action, 12, pr, APP, null);
    }

    private static WebhookRepository repo(long id, String owner, String name) {
        return new WebhookRepository(
                id,
                new WebhookUser(id * 10, owner, "", ""),
                name,
                owner + "/" + name,
                SERVER + "/" + owner + "/" + name,
                null,
                null,
                "main",
                false,
                false,
                null,
                false,
                false);
    }
}
