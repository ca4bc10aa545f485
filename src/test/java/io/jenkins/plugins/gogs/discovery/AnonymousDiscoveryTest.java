package io.jenkins.plugins.gogs.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.UnauthenticatedException;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import org.junit.jupiter.api.Test;

/**
 * Without a credential Gogs serves a public repository's refs, but not its tags or issues API: branches can be
 * discovered, tags and pull requests fail loudly rather than vanish (a scan that silently found none would make
 * Jenkins delete their jobs).
 */
@RealGogs
class AnonymousDiscoveryTest {

    @Test
    void findsThePublicRepositorysBranchesAndRefusesTagsAndPullRequests(GogsServer gogs) {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository repo = alice.createRepository("public").withInitialCommit();
        String topic = repo.pushBranch("topic");
        repo.pushTag("v1");
        repo.openPullRequest("master", "topic");

        try (GogsClient anonymous = GogsClient.builder(gogs.url()).build()) {
            HeadDiscovery discovery = new HeadDiscovery(anonymous, alice.name(), repo.name(), new DiscoveryCache());

            assertThat(discovery
                            .discover(DiscoveryRequest.nothing().withBranches(true))
                            .branches())
                    .contains(new DiscoveredBranch("topic", topic));
            assertThatThrownBy(
                            () -> discovery.discover(DiscoveryRequest.nothing().withTags(true)))
                    .isInstanceOf(UnauthenticatedException.class)
                    .hasMessageContaining("/tags");
            assertThatThrownBy(
                            () -> discovery.discover(DiscoveryRequest.nothing().withOriginPullRequests(true)))
                    .isInstanceOf(UnauthenticatedException.class)
                    .hasMessageContaining("/issues/1");
        }
    }
}
