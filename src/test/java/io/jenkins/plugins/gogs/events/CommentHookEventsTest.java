package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.HooksApi;
import io.jenkins.plugins.gogs.events.RegistrationDecision.Register;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A project that takes rebuild requests needs comments from Gogs: its repository's hook then also carries
 * {@code issue_comment} (added to the decided hook, since one hook serves every item of the repository), is patched
 * to it and back on a real Gogs, and delivers comments the receiver verifies.
 */
@RealGogs
class CommentHookEventsTest {

    @Test
    void extraEventsJoinTheUsualOnes() {
        DesiredHook plain = decided("http://127.0.0.1:8080/", "https://ci.example.com/");

        assertThat(plain.events()).isEqualTo(HookEvents.FOR_JENKINS);
        Set<String> expected = new HashSet<>(HookEvents.FOR_JENKINS);
        expected.add(HookEvents.ISSUE_COMMENT);
        DesiredHook withComments = plain.withExtraEvents(Set.of(HookEvents.ISSUE_COMMENT));
        assertThat(withComments.events()).isEqualTo(expected);
        assertThat(withComments.url()).isEqualTo(plain.url());
        assertThat(withComments.formerUrls()).isEqualTo(plain.formerUrls());
        assertThat(plain.withExtraEvents(Set.of())).isEqualTo(plain);
    }

    @Test
    void theHookGainsAndLosesTheCommentEventAndDeliversComments(GogsServer gogs, WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("comments").withInitialCommit();
        DesiredHook plain = decided(gogs.url(), hooks.url().replaceFirst("/hook$", "/jenkins/"));
        DesiredHook withComments = plain.withExtraEvents(Set.of(HookEvents.ISSUE_COMMENT));

        try (GogsClient client = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token(alice.token()))
                .build()) {
            HooksApi api = client.repo(repo.owner(), repo.name()).hooks();
            HookRegistrar.ensure(api, plain, RealGogsDeliveries.SECRET, SecretStatus.UNCHANGED);
            HookRegistrar.Report gained =
                    HookRegistrar.ensure(api, withComments, RealGogsDeliveries.SECRET, SecretStatus.UNCHANGED);
            long issue = repo.createIssues(1).get(0);
            repo.comment(issue, "hello", alice);
            io.jenkins.plugins.gogs.fixture.WebhookDelivery delivery =
                    hooks.awaitEvent(HookEvents.ISSUE_COMMENT, RealGogsDeliveries.WAIT);
            HookRegistrar.Report lost =
                    HookRegistrar.ensure(api, plain, RealGogsDeliveries.SECRET, SecretStatus.UNCHANGED);

            assertThat(gained.steps()).singleElement().asString().contains("updated hook", "issue_comment");
            assertThat(RealGogsDeliveries.accepted(gogs, delivery, IssueCommentEvent.class)
                            .comment()
                            .body())
                    .isEqualTo("hello");
            assertThat(lost.changed()).isTrue();
            assertThat(api.list())
                    .singleElement()
                    .satisfies(hook -> assertThat(Set.copyOf(hook.events())).isEqualTo(HookEvents.FOR_JENKINS));
        }
    }

    /** The hook decided for a source of alice/app: the usual events only, whatever the other sources ask for. */
    private static DesiredHook decided(String gogsUrl, String jenkinsRoot) {
        return ((Register) RegistrationDecision.of(new RegistrationSettings(
                        new RepositoryKey(gogsUrl, "alice", "app"),
                        HookRegistrationMode.SYSTEM,
                        true,
                        true,
                        "admin-token",
                        null,
                        jenkinsRoot)))
                .hook();
    }
}
