package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HookPlannerTest {

    private static final String URL = "https://ci.example.com/gogs-hook/post";
    private static final DesiredHook DESIRED = DesiredHook.forJenkins(URL);

    @Test
    void createsTheHookWhenTheRepositoryHasNone() {
        HookPlan plan = HookPlanner.plan(List.of(), DESIRED, SecretStatus.UNCHANGED);

        assertThat(plan.actions()).containsExactly(new HookAction.Create(DESIRED));
        assertThat(plan.changesNothing()).isFalse();
    }

    @Test
    void leavesAHookThatIsAlreadyAsDesired() {
        HookPlan plan = HookPlanner.plan(
                List.of(ours(5, "json", HookEvents.FOR_JENKINS, true)), DESIRED, SecretStatus.UNCHANGED);

        assertThat(plan.actions()).containsExactly(new HookAction.Keep(5));
        assertThat(plan.changesNothing()).isTrue();
    }

    @Test
    void patchesAHookWithOtherEventsContentTypeOrActiveFlag() {
        HookPlan plan =
                HookPlanner.plan(List.of(ours(5, "form", Set.of("push"), false)), DESIRED, SecretStatus.UNCHANGED);

        assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(HookAction.Update.class, update -> {
            assertThat(update.hookId()).isEqualTo(5);
            assertThat(update.hook()).isEqualTo(DESIRED);
            assertThat(update.why()).contains("events [push]", "content type form", "inactive");
        });
    }

    @Test
    void treatsTheSameUrlSpelledDifferentlyAsOursAndPatchesTheSpelling() {
        ExistingHook hook = new ExistingHook(
                5, "gogs", "HTTPS://CI.example.com:443/gogs-hook/post/", "json", HookEvents.FOR_JENKINS, true);

        HookPlan plan = HookPlanner.plan(List.of(hook), DESIRED, SecretStatus.UNCHANGED);

        assertThat(plan.actions())
                .singleElement()
                .isInstanceOfSatisfying(
                        HookAction.Update.class,
                        update -> assertThat(update.why()).startsWith("URL spelled"));
    }

    @Test
    void keepsTheHookAlreadyAsDesiredAndDeletesItsDuplicates() {
        List<ExistingHook> existing = List.of(
                ours(3, "json", Set.of("push"), true),
                ours(4, "json", HookEvents.FOR_JENKINS, true),
                ours(9, "form", HookEvents.FOR_JENKINS, true));

        HookPlan plan = HookPlanner.plan(existing, DESIRED, SecretStatus.UNCHANGED);

        assertThat(plan.actionsOf(HookAction.Keep.class)).containsExactly(new HookAction.Keep(4));
        assertThat(plan.actionsOf(HookAction.Delete.class))
                .extracting(HookAction.Delete::hookId)
                .containsExactly(3L, 9L);
        assertThat(plan.actionsOf(HookAction.Update.class)).isEmpty();
    }

    @Test
    void patchesTheOldestWhenNoDuplicateIsAsDesired() {
        List<ExistingHook> existing =
                List.of(ours(9, "form", Set.of("push"), true), ours(3, "json", Set.of("push"), true));

        HookPlan plan = HookPlanner.plan(existing, DESIRED, SecretStatus.UNCHANGED);

        assertThat(plan.actions()).hasSize(2);
        assertThat(plan.actions().get(0))
                .isInstanceOfSatisfying(
                        HookAction.Update.class, u -> assertThat(u.hookId()).isEqualTo(3));
        assertThat(plan.actions().get(1))
                .isInstanceOfSatisfying(
                        HookAction.Delete.class, d -> assertThat(d.hookId()).isEqualTo(9));
    }

    @Test
    void replacesEveryHookOfOursWhenTheSecretChangedCreatingFirst() {
        List<ExistingHook> existing =
                List.of(ours(3, "json", HookEvents.FOR_JENKINS, true), ours(4, "json", Set.of("push"), true));

        HookPlan plan = HookPlanner.plan(existing, DESIRED, SecretStatus.CHANGED);

        assertThat(plan.actions()).hasSize(3);
        assertThat(plan.actions().get(0)).isEqualTo(new HookAction.Create(DESIRED));
        assertThat(plan.actionsOf(HookAction.Delete.class))
                .extracting(HookAction.Delete::hookId)
                .containsExactly(3L, 4L);
        assertThat(plan.actionsOf(HookAction.Delete.class).get(0).why()).contains("secret");
    }

    @Test
    void neverTouchesHooksOfOtherUrlsOrTypes() {
        List<ExistingHook> existing = List.of(
                new ExistingHook(1, "gogs", "https://ci.example.com/other-endpoint", "json", Set.of("push"), true),
                new ExistingHook(2, "slack", URL, "json", Set.of("push"), true),
                new ExistingHook(
                        3, "gogs", "https://elsewhere.example.com/gogs-hook/post", "json", Set.of("push"), true));

        assertThat(HookPlanner.plan(existing, DESIRED, SecretStatus.CHANGED).actions())
                .containsExactly(new HookAction.Create(DESIRED));
        assertThat(HookPlanner.planRemoval(existing, URL).actions()).isEmpty();
    }

    @Test
    void removesAllHooksOfOursWhenNoItemUsesTheRepository() {
        List<ExistingHook> existing = List.of(
                ours(3, "json", HookEvents.FOR_JENKINS, true),
                new ExistingHook(2, "gogs", "https://chat.example.com/hook", "json", Set.of("push"), true),
                ours(7, "form", Set.of("push"), false));

        HookPlan plan = HookPlanner.planRemoval(existing, URL);

        assertThat(plan.actions())
                .extracting(a -> ((HookAction.Delete) a).hookId())
                .containsExactly(3L, 7L);
    }

    @Test
    void movesTheHookAnEarlierVersionRegisteredAtTheFormerUrlInsteadOfAddingOne() {
        String former = "https://ci.example.com/gogs-webhook/post";
        List<ExistingHook> existing = List.of(
                new ExistingHook(4, "gogs", former, "json", HookEvents.FOR_JENKINS, true),
                new ExistingHook(
                        5, "gogs", "https://ci.example.com/gogs-webhook/?job=app", "json", Set.of("push"), true));

        HookPlan plan = HookPlanner.plan(existing, DESIRED, SecretStatus.UNCHANGED);

        assertThat(DESIRED.formerUrls()).containsExactly(former);
        assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(HookAction.Update.class, update -> {
            assertThat(update.hookId()).isEqualTo(4);
            assertThat(update.hook().url()).isEqualTo(URL);
            assertThat(update.why()).contains("former URL " + former);
        });
    }

    @Test
    void aFormerHookNextToTheCurrentOneIsADuplicate() {
        List<ExistingHook> existing = List.of(
                new ExistingHook(2, "gogs", "https://ci.example.com/gogs-webhook/post", "json", Set.of("push"), true),
                ours(6, "json", HookEvents.FOR_JENKINS, true));

        HookPlan plan = HookPlanner.plan(existing, DESIRED, SecretStatus.UNCHANGED);

        assertThat(plan.actions())
                .containsExactly(
                        new HookAction.Keep(6),
                        plan.actionsOf(HookAction.Delete.class).get(0));
        assertThat(plan.actionsOf(HookAction.Delete.class))
                .extracting(HookAction.Delete::hookId)
                .containsExactly(2L);
        assertThat(HookPlanner.planRemoval(existing, URL).actions())
                .extracting(a -> ((HookAction.Delete) a).hookId())
                .containsExactly(2L, 6L);
    }

    @Test
    void theFormerUrlOfAnotherJenkinsIsNotOurs() {
        List<ExistingHook> existing = List.of(new ExistingHook(
                3, "gogs", "https://other-ci.example.com/gogs-webhook/post", "json", HookEvents.FOR_JENKINS, true));

        assertThat(HookPlanner.plan(existing, DESIRED, SecretStatus.UNCHANGED).actions())
                .containsExactly(new HookAction.Create(DESIRED));
        assertThat(HookPlanner.planRemoval(existing, URL).actions()).isEmpty();
    }

    @Test
    void refusesADesiredHookGogsWouldSilentlyAlter() {
        assertThatThrownBy(() -> new DesiredHook(URL, Set.of("push", "repository"), "json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repository");
        assertThatThrownBy(() -> new DesiredHook(URL, Set.of(), "json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DesiredHook(URL, Set.of("push"), "xml"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subscribesThePluginsHookToWhatTheScmSideNeeds() {
        assertThat(DESIRED.events())
                .containsExactlyInAnyOrder("create", "delete", "fork", "push", "pull_request", "release");
        assertThat(DESIRED.contentType()).isEqualTo("json");
    }

    private static ExistingHook ours(long id, String contentType, Set<String> events, boolean active) {
        return new ExistingHook(id, "gogs", URL, contentType, events, active);
    }
}
