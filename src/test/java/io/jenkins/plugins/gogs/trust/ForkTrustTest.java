package io.jenkins.plugins.gogs.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.RequestCounter;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whose fork pull requests may change the Jenkinsfile, decided against a real repository's collaborators. */
@RealGogs
class ForkTrustTest {

    private static GogsUser alice;
    private static GogsUser bob;
    private static GogsUser carol;
    private static GogsRepository repo;
    private static GogsClient asOwner;
    private static GogsClient asStranger;
    private static final RequestCounter OWNER_REQUESTS = new RequestCounter();

    @BeforeAll
    static void seed(GogsServer gogs) {
        alice = gogs.createUser("alice");
        bob = gogs.createUser("bob");
        carol = gogs.createUser("carol");
        repo = alice.createRepository("trusting").publicRepo().withInitialCommit();
        repo.addCollaborator(bob, "write");
        asOwner = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token(alice.token()))
                .listener(OWNER_REQUESTS)
                .build();
        asStranger = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.token(carol.token()))
                .build();
    }

    @AfterAll
    static void close() {
        asOwner.close();
        asStranger.close();
    }

    private static TrustDecision decide(ForkTrustPolicy policy, String headOwner) {
        return ForkTrust.decide(
                policy, alice.name(), headOwner, new CollaboratorCheck(asOwner.repo(alice.name(), repo.name())));
    }

    @Test
    void collaboratorsPolicyTrustsACollaboratorsFork() {
        TrustDecision decision = decide(ForkTrustPolicy.COLLABORATORS, bob.name());

        assertThat(decision.trusted()).isTrue();
        assertThat(decision.reason()).contains(bob.name()).contains("collaborator");
    }

    @Test
    void collaboratorsPolicyDoesNotTrustAStrangersFork() {
        TrustDecision decision = decide(ForkTrustPolicy.COLLABORATORS, carol.name());

        assertThat(decision.trusted()).isFalse();
        assertThat(decision.reason()).contains(carol.name()).contains("not a collaborator");
    }

    @Test
    void theOwnerIsTrustedHoweverTheNameIsCased() {
        assertThat(decide(ForkTrustPolicy.COLLABORATORS, alice.name().toUpperCase(Locale.ROOT))
                        .trusted())
                .isTrue();
    }

    @Test
    void aForkWhoseOwnerIsUnknownIsNotTrusted() {
        TrustDecision decision = decide(ForkTrustPolicy.COLLABORATORS, null);

        assertThat(decision.trusted()).isFalse();
        assertThat(decision.reason()).contains("not known");
    }

    @Test
    void withCredentialsThatMayNotListCollaboratorsNobodyButTheOwnerIsTrusted() {
        CollaboratorCheck check = new CollaboratorCheck(asStranger.repo(alice.name(), repo.name()));

        TrustDecision decision = ForkTrust.decide(ForkTrustPolicy.COLLABORATORS, alice.name(), bob.name(), check);

        assertThat(decision.trusted()).isFalse();
        assertThat(decision.reason()).contains("admin");
    }

    @Test
    void nobodyAndEveryoneNeedNoRequest() {
        OWNER_REQUESTS.reset();

        assertThat(decide(ForkTrustPolicy.NOBODY, bob.name()).trusted()).isFalse();
        assertThat(decide(ForkTrustPolicy.EVERYONE, carol.name()).trusted()).isTrue();
        assertThat(OWNER_REQUESTS.count()).isZero();
    }

    @Test
    void eachUserIsAskedAboutOncePerCheck() {
        CollaboratorCheck check = new CollaboratorCheck(asOwner.repo(alice.name(), repo.name()));
        OWNER_REQUESTS.reset();

        for (int i = 0; i < 3; i++) {
            ForkTrust.decide(ForkTrustPolicy.COLLABORATORS, alice.name(), bob.name(), check);
            ForkTrust.decide(
                    ForkTrustPolicy.COLLABORATORS, alice.name(), bob.name().toUpperCase(Locale.ROOT), check);
        }

        assertThat(OWNER_REQUESTS.count()).isEqualTo(1);
    }
}
