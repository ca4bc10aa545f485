package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Parsing rules on small hand-written payloads in Gogs' shape. Real payloads from a real Gogs are checked in
 * {@link RealDeliveriesTest}.
 */
class GogsWebhookEventTest {

    private static final String REPO = """
            {"id": 7, "owner": {"id": 3, "username": "acme", "login": "acme", "full_name": "", "email": ""},
             "name": "app", "full_name": "acme/app", "private": true, "fork": false, "parent": null,
             "html_url": "https://git.example.com/gogs/acme/app", "clone_url": "https://git.example.com/gogs/acme/app.git",
             "ssh_url": "git@git.example.com:acme/app.git", "default_branch": "main", "empty": false, "mirror": false,
             "created_at": "2024-05-01T10:20:30+02:00", "updated_at": "2024-05-01T10:20:30+02:00"}""";

    @Test
    void parsesAPushToABranch() throws Exception {
        PushEvent push = (PushEvent) parse("push", """
                {"ref": "refs/heads/feature/x", "before": "1111111111111111111111111111111111111111",
                 "after": "2222222222222222222222222222222222222222", "compare_url": "https://git.example.com/gogs/acme/app/compare/1...2",
                 "commits": [{"id": "2222222222222222222222222222222222222222", "message": "Fix\\n", "url": "u",
                   "author": {"name": "A", "email": "a@x", "username": "a"}, "committer": {"name": "A", "email": "a@x", "username": ""},
                   "added": null, "removed": ["gone.txt"], "modified": null, "timestamp": "2024-05-01T10:20:30+02:00"}],
                 "repository": %s, "pusher": {"id": 1, "username": "a"}, "sender": {"id": 1, "username": "a"}}""");

        assertThat(push.gitRef()).isEqualTo(new GitRef(RefKind.BRANCH, "feature/x"));
        assertThat(push.created()).isFalse();
        assertThat(push.deleted()).isFalse();
        assertThat(push.scmChange()).isEqualTo(ScmChange.UPDATED);
        assertThat(push.headCommit()).hasValueSatisfying(c -> {
            assertThat(c.id()).startsWith("2222");
            assertThat(c.added()).isEmpty();
            assertThat(c.removed()).containsExactly("gone.txt");
            assertThat(c.timestamp().getOffset().getTotalSeconds()).isEqualTo(7200);
        });
        assertThat(push.sender().username()).isEqualTo("a");
    }

    /**
     * Gogs lists a force push's commits as {@code git rev-list old...new} by commit date: the replaced tip can come
     * first when both were committed in the same second. The head is the commit the ref now points at.
     */
    @Test
    void theHeadOfAForcePushIsTheNewTipEvenWhenAReplacedCommitIsListedFirst() throws Exception {
        PushEvent push = (PushEvent) parse("push", """
                {"ref": "refs/heads/master", "before": "1111111111111111111111111111111111111111",
                 "after": "2222222222222222222222222222222222222222", "compare_url": "",
                 "commits": [{"id": "1111111111111111111111111111111111111111", "message": "Old tip [ci skip]\\n"},
                             {"id": "2222222222222222222222222222222222222222", "message": "Rewrite\\n"}],
                 "repository": %s}""");

        assertThat(push.headCommit())
                .hasValueSatisfying(c -> assertThat(c.message()).isEqualTo("Rewrite\n"));
    }

    @Test
    void aPushWhosePushedCommitIsNotListedHasNoHeadCommit() throws Exception {
        PushEvent push = (PushEvent) parse("push", """
                {"ref": "refs/heads/main", "before": "1111111111111111111111111111111111111111",
                 "after": "2222222222222222222222222222222222222222", "compare_url": "",
                 "commits": [{"id": "1111111111111111111111111111111111111111", "message": "Old tip [ci skip]\\n"}],
                 "repository": %s}""");

        assertThat(push.headCommit())
                .as("unknown rather than another commit's message")
                .isEmpty();
    }

    @Test
    void tellsANewBranchByTheZeroBeforeSha() throws Exception {
        PushEvent push = (PushEvent) parse("push", """
                {"ref": "refs/heads/new", "before": "0000000000000000000000000000000000000000",
                 "after": "2222222222222222222222222222222222222222", "compare_url": "", "commits": null, "repository": %s}""");

        assertThat(push.created()).isTrue();
        assertThat(push.scmChange()).isEqualTo(ScmChange.CREATED);
        assertThat(push.commits()).isEmpty();
        assertThat(push.headCommit()).isEmpty();
    }

    @Test
    void derivesTheServerUrlFromHtmlUrlEvenUnderASubPath() throws Exception {
        WebhookRepository repo = parse("push", """
                {"ref": "refs/heads/main", "before": "1", "after": "2", "repository": %s}""").repository();

        assertThat(repo.serverUrl()).isEqualTo("https://git.example.com/gogs");
        assertThat(repo.ownerName()).isEqualTo("acme");
        assertThat(repo.name()).isEqualTo("app");
        assertThat(repo.privateRepository()).isTrue();
        assertThat(repo.isOnServer("HTTPS://Git.Example.com:443/gogs/")).isTrue();
        assertThat(repo.isOnServer("https://git.example.com")).isFalse();
        assertThat(repo.isOnServer("https://other.example.com/gogs")).isFalse();
    }

    @Test
    void derivesTheServerUrlWithoutFullName() {
        WebhookRepository repo = new WebhookRepository(
                1,
                null,
                "app",
                null,
                "http://localhost:3000/acme/app/",
                null,
                null,
                null,
                false,
                false,
                null,
                false,
                false);

        assertThat(repo.serverUrl()).isEqualTo("http://localhost:3000");
        assertThat(repo.ownerName()).isNull();
    }

    @Test
    void parsesCreateAndDeleteOfBranchesAndTags() throws Exception {
        RefCreatedEvent tag = (RefCreatedEvent) parse("create", """
                {"ref": "v1.0", "ref_type": "tag", "sha": "abc", "default_branch": "main", "repository": %s}""");
        RefDeletedEvent branch = (RefDeletedEvent) parse("delete", """
                {"ref": "feature/x", "ref_type": "branch", "pusher_type": "user", "repository": %s}""");

        assertThat(tag.gitRef()).isEqualTo(new GitRef(RefKind.TAG, "v1.0"));
        assertThat(tag.gitRef().fullName()).isEqualTo("refs/tags/v1.0");
        assertThat(tag.scmChange()).isEqualTo(ScmChange.CREATED);
        assertThat(branch.gitRef()).isEqualTo(new GitRef(RefKind.BRANCH, "feature/x"));
        assertThat(branch.scmChange()).isEqualTo(ScmChange.REMOVED);
    }

    @Test
    void parsesAPullRequestFromAForkWhoseHeadRepositoryWasDeleted() throws Exception {
        PullRequestEvent pr = (PullRequestEvent) parse("pull_request", """
                {"action": "closed", "number": 4, "pull_request": {"id": 9, "number": 4, "title": "T", "state": "closed",
                  "head_branch": "topic", "head_repo": {"id": 0, "owner": null, "name": "deleted", "full_name": "", "html_url": ""},
                  "base_branch": "main", "base_repo": %1$s, "html_url": "https://git.example.com/gogs/acme/app/pulls/4",
                  "mergeable": null, "merged": false, "merged_at": null, "merge_commit_sha": null, "merged_by": null},
                 "repository": %1$s}""");

        assertThat(pr.actionKind()).isEqualTo(PullRequestAction.CLOSED);
        assertThat(pr.number()).isEqualTo(4);
        assertThat(pr.isMerged()).isFalse();
        assertThat(pr.pullRequest().isHeadRepoDeleted()).isTrue();
        assertThat(pr.pullRequest().isFromFork()).isTrue();
        assertThat(pr.pullRequest().mergeable()).isNull();
        assertThat(pr.scmChange()).isEqualTo(ScmChange.REMOVED);
    }

    @Test
    void mapsPullRequestActionsToScmChanges() {
        assertThat(change("opened")).isEqualTo(ScmChange.CREATED);
        assertThat(change("reopened")).isEqualTo(ScmChange.CREATED);
        assertThat(change("synchronized")).isEqualTo(ScmChange.UPDATED);
        assertThat(change("edited")).isEqualTo(ScmChange.UPDATED);
        assertThat(change("closed")).isEqualTo(ScmChange.REMOVED);
        assertThat(change("label_updated")).isEqualTo(ScmChange.NONE);
        assertThat(change("assigned")).isEqualTo(ScmChange.NONE);
        assertThat(change("something_new")).isEqualTo(ScmChange.NONE);
        assertThat(PullRequestAction.of("something_new")).isEqualTo(PullRequestAction.OTHER);
    }

    @Test
    void parsesIssueEventsAsNotScmRelevant() throws Exception {
        GogsWebhookEvent issue = parse("issues", """
                {"action": "opened", "number": 2, "issue": {"id": 5, "number": 2, "title": "Bug", "state": "open",
                 "pull_request": null}, "repository": %s}""");
        GogsWebhookEvent comment = parse("issue_comment", """
                {"action": "created", "issue": {"id": 5, "number": 2, "pull_request": {"merged": false, "merged_at": null}},
                 "comment": {"id": 1, "body": "hi"}, "repository": %s}""");

        assertThat(issue).isInstanceOf(IssuesEvent.class);
        assertThat(issue.scmRelevant()).isFalse();
        assertThat(((IssuesEvent) issue).issue().isPullRequest()).isFalse();
        assertThat(comment).isInstanceOf(IssueCommentEvent.class);
        assertThat(comment.scmRelevant()).isFalse();
        assertThat(((IssueCommentEvent) comment).issue().isPullRequest()).isTrue();
    }

    @Test
    void keepsUnknownEventsWithTheirRepository() throws Exception {
        GogsWebhookEvent event = parse("Wiki", """
                {"whatever": [1, 2], "repository": %s, "sender": {"id": 1, "username": "a"}}""");

        assertThat(event).isInstanceOf(UnknownEvent.class);
        assertThat(event.eventName()).isEqualTo("wiki");
        assertThat(event.repository().fullName()).isEqualTo("acme/app");
        assertThat(event.scmRelevant()).isFalse();
    }

    @Test
    void readsTheEventNameCaseInsensitively() throws Exception {
        assertThat(parse(" PUSH ", """
                {"ref": "refs/tags/v1", "before": "1", "after": "2", "repository": %s}""")).isInstanceOf(PushEvent.class);
    }

    @Test
    void refusesAMissingEventName() {
        assertThat(failure(null, "{}").reason()).isEqualTo(RejectionReason.MISSING_EVENT);
        assertThat(failure("", "{}").reason()).isEqualTo(RejectionReason.MISSING_EVENT);
    }

    @Test
    void refusesBrokenJsonWithoutQuotingIt() {
        WebhookDeliveryException e = failure("push", "{\"ref\": \"refs/heads/SECRET-CONTENT\", ");

        assertThat(e.reason()).isEqualTo(RejectionReason.MALFORMED_PAYLOAD);
        assertThat(e.getMessage()).contains("push").doesNotContain("SECRET-CONTENT");
    }

    @Test
    void refusesPayloadsThatAreNotAnObjectOrHaveTrailingJunk() {
        assertThat(failure("push", "[1, 2]").reason()).isEqualTo(RejectionReason.MALFORMED_PAYLOAD);
        assertThat(failure("push", "null").reason()).isEqualTo(RejectionReason.MALFORMED_PAYLOAD);
        assertThat(failure("wiki", "[]").reason()).isEqualTo(RejectionReason.MALFORMED_PAYLOAD);
        assertThat(failure("push", "{\"ref\": \"r\", \"after\": \"a\", \"repository\": {}} {}")
                        .reason())
                .isEqualTo(RejectionReason.MALFORMED_PAYLOAD);
    }

    @Test
    void refusesPayloadsLackingWhatTheEventNeeds() {
        assertThat(failure("push", "{\"ref\": \"refs/heads/main\", \"after\": \"1\"}")
                        .getMessage())
                .contains("repository");
        assertThat(failure("push", "{\"after\": \"1\", \"repository\": {}}").getMessage())
                .contains("ref");
        assertThat(failure("create", "{\"ref\": \"x\", \"repository\": {}}").getMessage())
                .contains("ref_type");
        assertThat(failure("pull_request", "{\"action\": \"opened\", \"repository\": {}}")
                        .getMessage())
                .contains("pull_request");
        assertThat(failure("release", "{\"action\": \"published\", \"repository\": {}}")
                        .getMessage())
                .contains("tag_name");
        assertThat(failure("fork", "{\"repository\": {}}").getMessage()).contains("forkee");
    }

    @Test
    void refusesKnownEventsWhoseRepositoryHasNoUrlToTellTheServerBy() {
        assertThat(failure("push", "{\"ref\": \"refs/heads/main\", \"after\": \"1\"}")
                        .getMessage())
                .isEqualTo("The push payload lacks repository.html_url");
        assertThat(failure("create", "{\"ref\": \"x\", \"ref_type\": \"tag\", \"repository\": {\"name\": \"app\"}}")
                        .getMessage())
                .isEqualTo("The create payload lacks repository.html_url");
    }

    @Test
    void splitsFullRefNames() {
        assertThat(GitRef.fromFullName("refs/heads/a/b")).isEqualTo(new GitRef(RefKind.BRANCH, "a/b"));
        assertThat(GitRef.fromFullName("refs/tags/v1")).isEqualTo(new GitRef(RefKind.TAG, "v1"));
        assertThat(GitRef.fromFullName("refs/notes/commits"))
                .isEqualTo(new GitRef(RefKind.OTHER, "refs/notes/commits"));
        assertThat(GitRef.fromShortName("BRANCH", "main").fullName()).isEqualTo("refs/heads/main");
    }

    private static ScmChange change(String action) {
        WebhookPullRequest pr = new WebhookPullRequest(
                1, 1, "t", null, "open", "h", null, "main", null, null, null, false, null, null, null);
        return new PullRequestEvent(action, 1, pr, null, null).scmChange();
    }

    private static GogsWebhookEvent parse(String event, String template) throws WebhookDeliveryException {
        return GogsWebhookEvent.parse(event, String.format(template, REPO).getBytes(StandardCharsets.UTF_8));
    }

    private static WebhookDeliveryException failure(String event, String json) {
        try {
            GogsWebhookEvent.parse(event, json.getBytes(StandardCharsets.UTF_8));
        } catch (WebhookDeliveryException e) {
            return e;
        }
        throw new AssertionError("parsed " + json);
    }
}
