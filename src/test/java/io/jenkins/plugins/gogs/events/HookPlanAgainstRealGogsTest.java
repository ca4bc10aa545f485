package io.jenkins.plugins.gogs.events;

import static io.jenkins.plugins.gogs.events.RealGogsDeliveries.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.WebhookDelivery;
import io.jenkins.plugins.gogs.fixture.WebhookReceiver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Plans carried out against a real Gogs with its hooks API, the way the adapter will: after one round the repository
 * has exactly one hook of the plugin, planning again changes nothing, and that hook delivers verifiable events.
 */
@RealGogs
class HookPlanAgainstRealGogsTest {

    private static final String FOREIGN_URL = "http://chat.example.com/notify";

    @Test
    void createsTheHookOnceAndThenLeavesItAlone(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo =
                gogs.createUser("alice").createRepository("register").withInitialCommit();
        DesiredHook desired = DesiredHook.forJenkins(hooks.url());

        apply(gogs, repo, HookPlanner.plan(list(gogs, repo), desired, SecretStatus.UNCHANGED), "first");

        assertThat(HookPlanner.plan(list(gogs, repo), desired, SecretStatus.UNCHANGED)
                        .changesNothing())
                .isTrue();
        assertThat(list(gogs, repo)).singleElement().satisfies(hook -> {
            assertThat(hook.events()).isEqualTo(HookEvents.FOR_JENKINS);
            assertThat(hook.contentType()).isEqualTo("json");
            assertThat(hook.active()).isTrue();
        });
        assertSignedWith(gogs, repo, hooks, "first");
    }

    @Test
    void patchesTheOldestHookDeletesDuplicatesAndKeepsItsSecret(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo =
                gogs.createUser("alice").createRepository("repair").withInitialCommit();
        long oldest = RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "form", "original", "push");
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "form", "original", "push", "issues");
        RealGogsDeliveries.addHook(gogs, repo, FOREIGN_URL, "json", "theirs", "push");
        DesiredHook desired = DesiredHook.forJenkins(hooks.url());

        HookPlan plan = HookPlanner.plan(list(gogs, repo), desired, SecretStatus.UNCHANGED);
        apply(gogs, repo, plan, "unused: nothing is created");

        assertThat(plan.actionsOf(HookAction.Update.class))
                .extracting(HookAction.Update::hookId)
                .containsExactly(oldest);
        assertThat(HookPlanner.plan(list(gogs, repo), desired, SecretStatus.UNCHANGED)
                        .changesNothing())
                .isTrue();
        assertThat(list(gogs, repo)).extracting(ExistingHook::url).containsExactlyInAnyOrder(hooks.url(), FOREIGN_URL);
        assertSignedWith(gogs, repo, hooks, "original"); // PATCH left the secret as it was
    }

    @Test
    void replacesTheHookWhenTheSecretChanged(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo =
                gogs.createUser("alice").createRepository("rotate").withInitialCommit();
        long old = RealGogsDeliveries.addHook(
                gogs, repo, hooks.url(), "json", "old-secret", HookEvents.FOR_JENKINS.toArray(String[]::new));
        DesiredHook desired = DesiredHook.forJenkins(hooks.url());

        apply(gogs, repo, HookPlanner.plan(list(gogs, repo), desired, SecretStatus.CHANGED), "new-secret");

        assertThat(list(gogs, repo))
                .singleElement()
                .satisfies(hook -> assertThat(hook.id()).isNotEqualTo(old));
        assertSignedWith(gogs, repo, hooks, "new-secret");
    }

    @Test
    void removesOnlyThePluginsHooks(GogsServer gogs, WebhookReceiver hooks) {
        GogsRepository repo =
                gogs.createUser("alice").createRepository("remove").withInitialCommit();
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", "s", "push");
        RealGogsDeliveries.addHook(gogs, repo, hooks.url(), "json", "s", "create");
        RealGogsDeliveries.addHook(gogs, repo, FOREIGN_URL, "json", "theirs", "push");

        apply(gogs, repo, HookPlanner.planRemoval(list(gogs, repo), hooks.url()), "unused");

        assertThat(list(gogs, repo)).extracting(ExistingHook::url).containsExactly(FOREIGN_URL);
        assertThat(HookPlanner.planRemoval(list(gogs, repo), hooks.url()).actions())
                .isEmpty();
    }

    /** GET /repos/:owner/:repo/hooks as the records the planner takes. */
    private static List<ExistingHook> list(GogsServer gogs, GogsRepository repo) {
        List<ExistingHook> hooks = new ArrayList<>();
        for (JsonNode hook :
                gogs.http().get(repo.apiPath() + "/hooks", repo.actor().token())) {
            Set<String> events = new HashSet<>();
            hook.path("events").forEach(event -> events.add(event.asText()));
            hooks.add(new ExistingHook(
                    hook.path("id").asLong(),
                    hook.path("type").asText(),
                    hook.path("config").path("url").asText(),
                    hook.path("config").path("content_type").asText(),
                    events,
                    hook.path("active").asBoolean()));
        }
        return hooks;
    }

    /** Carries the plan out with the hooks API, creating with {@code secret}. */
    private static void apply(GogsServer gogs, GogsRepository repo, HookPlan plan, String secret) {
        String token = repo.actor().token();
        for (HookAction action : plan.actions()) {
            if (action instanceof HookAction.Create create) {
                RealGogsDeliveries.addHook(
                        gogs,
                        repo,
                        create.hook().url(),
                        create.hook().contentType(),
                        secret,
                        create.hook().events().toArray(String[]::new));
            } else if (action instanceof HookAction.Update update) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put(
                        "config",
                        Map.of(
                                "url",
                                update.hook().url(),
                                "content_type",
                                update.hook().contentType()));
                body.put("events", List.copyOf(update.hook().events()));
                body.put("active", true);
                gogs.http().patch(repo.apiPath() + "/hooks/" + update.hookId(), body, token);
            } else if (action instanceof HookAction.Delete delete) {
                gogs.http().delete(repo.apiPath() + "/hooks/" + delete.hookId(), token);
            }
        }
    }

    /** A push now reaches the receiver as JSON signed with {@code secret}. */
    private static void assertSignedWith(GogsServer gogs, GogsRepository repo, WebhookReceiver hooks, String secret) {
        String after = repo.pushFile("master", "check.txt", secret + "\n");
        WebhookDelivery delivery = hooks.await(
                d -> "push".equals(d.event())
                        && after.equals(
                                RealGogsDeliveries.json(d.body()).path("after").asText()),
                WAIT,
                "the push of " + after);
        assertThat(delivery.header("Content-Type")).isEqualTo("application/json");
        assertThat(WebhookSignature.verify(HookSecret.of(secret), delivery.body(), delivery.signature()))
                .isEqualTo(SignatureVerdict.VALID);
    }
}
