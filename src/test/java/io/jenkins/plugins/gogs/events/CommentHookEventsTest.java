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
 * {@code issue_comment}, is patched to it and back on a real Gogs, and delivers comments the receiver verifies.
 */
@RealGogs
class CommentHookEventsTest {

    @Test
    void extraEventsJoinTheUsualOnes() {
        RegistrationSettings settings = settings("http://127.0.0.1:8080/", "https://ci.example.com/");

        assertThat(settings.extraEvents()).isEmpty();
        assertThat(((Register) RegistrationDecision.of(settings)).hook().events())
                .isEqualTo(HookEvents.FOR_JENKINS);
        Set<String> expected = new HashSet<>(HookEvents.FOR_JENKINS);
        expected.add(HookEvents.ISSUE_COMMENT);
        assertThat(((Register) RegistrationDecision.of(settings.withExtraEvents(Set.of(HookEvents.ISSUE_COMMENT))))
                        .hook()
                        .events())
                .isEqualTo(expected);
    }

    @Test
    void theHookGainsAndLosesTheCommentEventAndDeliversComments(GogsServer gogs, WebhookReceiver hooks) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("comments").withInitialCommit();
        RegistrationSettings settings = settings(gogs.url(), hooks.url().replaceFirst("/hook$", "/jenkins/"))
                .withExtraEvents(Set.of(HookEvents.ISSUE_COMMENT));
        DesiredHook plain = ((Register) RegistrationDecision.of(settings.withExtraEvents(Set.of()))).hook();
        DesiredHook withComments = ((Register) RegistrationDecision.of(settings)).hook();

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

    private static RegistrationSettings settings(String gogsUrl, String jenkinsRoot) {
        return new RegistrationSettings(
                new RepositoryKey(gogsUrl, "alice", "app"),
                HookRegistrationMode.SYSTEM,
                true,
                true,
                "admin-token",
                null,
                jenkinsRoot);
    }
}
