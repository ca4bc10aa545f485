package io.jenkins.plugins.gogs.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.NotFoundOrNoAccessException;
import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.fixture.GogsOrganization;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repositories an organization folder finds for a real Gogs user or organization, and what it leaves out. */
@RealGogs
class OwnerRepositoriesTest {

    private static GogsUser alice;
    private static GogsUser bob;
    private static GogsOrganization org;
    private static GogsClient client;

    @BeforeAll
    static void seed(GogsServer gogs) {
        alice = gogs.createUser("alice");
        bob = gogs.createUser("bob");
        org = gogs.createOrganization("team", alice);
        org.createRepository("Zeta").withInitialCommit();
        org.createRepository("alpha").withInitialCommit();
        org.createRepository("nothing-yet").empty();
        GogsRepository bobs = bob.createRepository("tool").publicRepo().withInitialCommit();
        alice.createRepository("own").withInitialCommit();
        alice.fork(bobs);
        client = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token(alice.token()))
                .build();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static List<String> names(List<Repository> repositories) {
        return repositories.stream().map(Repository::name).toList();
    }

    @Test
    void anOrganizationsRepositoriesByNameIgnoringCase() {
        assertThat(names(OwnerRepositories.list(client, org.name()))).containsExactly("alpha", "nothing-yet", "Zeta");
    }

    @Test
    void aUsersOwnRepositoriesIncludingForksButNotTheirOrganizations() {
        assertThat(names(OwnerRepositories.list(client, alice.name()))).containsExactly("own", "tool");
    }

    @Test
    void traitsLeaveOutForksAndEmptyRepositoriesSayingWhy() {
        RepositoryFilter filter = new RepositoryFilter(true, true, true);

        List<Repository> users = OwnerRepositories.list(client, alice.name());
        List<Repository> orgs = OwnerRepositories.list(client, org.name());

        assertThat(users)
                .filteredOn(r -> filter.exclusionReason(r) == null)
                .extracting(Repository::name)
                .containsExactly("own");
        assertThat(filter.exclusionReason(users.get(1))).isEqualTo("a fork");
        assertThat(orgs)
                .filteredOn(r -> filter.exclusionReason(r) == null)
                .extracting(Repository::name)
                .containsExactly("alpha", "Zeta");
        assertThat(filter.exclusionReason(orgs.get(1))).isEqualTo("empty");
        assertThat(orgs)
                .allSatisfy(r ->
                        assertThat(RepositoryFilter.NONE.exclusionReason(r)).isNull());
    }

    @Test
    void anUnknownOwnerIsAnError() {
        assertThatThrownBy(() -> OwnerRepositories.list(client, "nobody-by-this-name"))
                .isInstanceOf(NotFoundOrNoAccessException.class);
    }

    @Test
    void theProfileOfAnOrganizationAndOfAUser() {
        OwnerProfile team = OwnerProfile.read(client, org.name());
        OwnerProfile user = OwnerProfile.read(client, bob.name());

        assertThat(team.name()).isEqualTo(org.name());
        assertThat(team.webUrl()).isEqualTo(client.serverUrl() + "/" + org.name());
        assertThat(team.avatarUrl()).startsWith("http");
        assertThat(user.name()).isEqualTo(bob.name());
        assertThat(user.displayName()).isNotBlank();
        assertThat(user.webUrl()).isEqualTo(client.serverUrl() + "/" + bob.name());
        assertThat(user.avatarUrl()).startsWith("http");
    }
}
