package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import org.junit.jupiter.api.Test;

class HookStatusesTest {

    private static final RepositoryKey APP = new RepositoryKey("https://git.example.com", "acme", "app");
    private static final String URL = "https://ci.example.com/gogs-hook/post";

    @Test
    void theLastAttemptForARepositoryIsItsStatusWhicheverItemMadeIt() {
        HookStatuses statuses = new HookStatuses();
        statuses.record(APP, new HookStatuses.Registered("first", URL, 7L));
        statuses.record(
                new RepositoryKey("https://git.example.com/", "ACME", "App"),
                new HookStatuses.Failed("second", "refused"));

        assertThat(statuses.lookup(APP)).contains(new HookStatuses.Failed("second", "refused"));
    }

    @Test
    void theHookIdIsKnownOnlyForTheSameUrl() {
        HookStatuses statuses = new HookStatuses();
        statuses.record(APP, new HookStatuses.Registered("app", URL, 7L));

        assertThat(statuses.knownHookId(APP, URL)).contains(7L);
        assertThat(statuses.knownHookId(APP, "https://other.example.com/gogs-hook/post"))
                .isEmpty();
        statuses.record(APP, new HookStatuses.Pending("app", URL));
        assertThat(statuses.knownHookId(APP, URL)).isEmpty();
    }

    @Test
    void aRemovedHookIsForgotten() {
        HookStatuses statuses = new HookStatuses();
        statuses.record(APP, new HookStatuses.Registered("app", URL, 7L));

        statuses.forget(APP);

        assertThat(statuses.lookup(APP)).isEmpty();
    }

    @Test
    void theRepositoriesAttemptedLongestAgoGoFirst() {
        HookStatuses statuses = new HookStatuses(2);
        RepositoryKey b = new RepositoryKey("https://git.example.com", "acme", "b");
        RepositoryKey c = new RepositoryKey("https://git.example.com", "acme", "c");
        statuses.record(APP, new HookStatuses.Pending("app", URL));
        statuses.record(b, new HookStatuses.Pending("b", URL));
        statuses.record(APP, new HookStatuses.Registered("app", URL, 1L)); // attempted again: now the newest
        statuses.record(c, new HookStatuses.Pending("c", URL));

        assertThat(statuses.lookup(b)).isEmpty();
        assertThat(statuses.lookup(APP)).isPresent();
        assertThat(statuses.lookup(c)).isPresent();
        assertThatThrownBy(() -> new HookStatuses(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
