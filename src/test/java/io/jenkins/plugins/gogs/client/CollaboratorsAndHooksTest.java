package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.model.Collaborator;
import io.jenkins.plugins.gogs.client.model.Hook;
import io.jenkins.plugins.gogs.client.model.HookEdit;
import io.jenkins.plugins.gogs.client.model.NewHook;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RealGogs
class CollaboratorsAndHooksTest {

    private static TestClients clients;
    private static GogsServer gogs;
    private static GogsUser alice;
    private static GogsUser bob;
    private static GogsUser carol;
    private static GogsRepository repo;
    private static RepoApi api;

    @BeforeAll
    static void seed(GogsServer server) {
        gogs = server;
        clients = new TestClients(server);
        alice = server.createUser("alice");
        bob = server.createUser("bob");
        carol = server.createUser("carol");
        repo = alice.createRepository("team").withInitialCommit();
        repo.addCollaborator(bob, "write");
        api = clients.as(alice).repo(alice.name(), repo.name());
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void listsCollaboratorsWithTheirPermissions() {
        List<Collaborator> collaborators = api.collaborators();

        assertThat(collaborators).extracting(Collaborator::username).containsExactly(bob.name());
        assertThat(collaborators.get(0).permissions().push()).isTrue();
        assertThat(collaborators.get(0).permissions().admin()).isFalse();
    }

    @Test
    void tellsWhetherAUserIsACollaborator() {
        assertThat(api.isCollaborator(bob.name())).isTrue();
        assertThat(api.isCollaborator(carol.name())).isFalse();
        assertThatThrownBy(() ->
                        clients.as(carol).repo(alice.name(), "no-such-repo").isCollaborator(bob.name()))
                .isInstanceOf(NotFoundOrNoAccessException.class);
    }

    @Test
    void onlyARepositoryAdminMaySeeCollaborators() {
        assertThatThrownBy(() -> clients.as(bob).repo(alice.name(), repo.name()).collaborators())
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("GET /api/v1/repos/" + repo.fullName() + "/collaborators")
                .hasMessageContaining("403");
    }

    @Test
    void createsAnActiveHookThatKeepsItsSecretHidden() {
        Hook created = api.hooks()
                .create(NewHook.json(
                        "http://jenkins.example/gogs-webhook/", "s3cret", List.of("push", "create", "pull_request")));

        Hook listed = api.hooks().list().stream()
                .filter(h -> h.id() == created.id())
                .findFirst()
                .orElseThrow();
        assertThat(listed.active()).isTrue();
        assertThat(listed.type()).isEqualTo("gogs");
        assertThat(listed.url()).isEqualTo("http://jenkins.example/gogs-webhook/");
        assertThat(listed.contentType()).isEqualTo("json");
        assertThat(listed.events()).containsExactlyInAnyOrder("push", "create", "pull_request");
        assertThat(listed.config()).doesNotContainKey("secret");
        assertThat(listed.toString()).doesNotContain("s3cret");
    }

    @Test
    void editsAHookKeepingItsEventsAndActiveState() {
        Hook hook = api.hooks().create(NewHook.json("http://jenkins.example/a", "k", List.of("push", "issues")));

        Hook moved = api.hooks().edit(hook.id(), HookEdit.of(hook).withUrl("http://jenkins.example/b"));
        assertThat(moved.url()).isEqualTo("http://jenkins.example/b");
        assertThat(moved.events()).as("not reset to push").containsExactlyInAnyOrder("push", "issues");
        assertThat(moved.active()).isTrue();

        Hook paused =
                api.hooks().edit(hook.id(), HookEdit.of(moved).withActive(false).withEvents(List.of("release")));
        assertThat(paused.active()).isFalse();
        assertThat(paused.events()).containsExactly("release");
    }

    @Test
    void deletesAHookAndDeletingItAgainIsNoError() {
        Hook hook = api.hooks().create(NewHook.json("http://jenkins.example/gone", null, List.of("push")));

        api.hooks().delete(hook.id());

        assertThat(api.hooks().list()).extracting(Hook::id).doesNotContain(hook.id());
        api.hooks().delete(hook.id()); // already gone: Gogs answers 204 again, so cleanup can be repeated
    }

    @Test
    void onlyARepositoryAdminMayManageHooks() {
        RepoApi asWriter = clients.as(bob).repo(alice.name(), repo.name());

        assertThatThrownBy(() -> asWriter.hooks().list()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> asWriter.hooks().create(NewHook.json("http://x.example/", "k", List.of("push"))))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("POST /api/v1/repos/" + repo.fullName() + "/hooks");
    }
}
