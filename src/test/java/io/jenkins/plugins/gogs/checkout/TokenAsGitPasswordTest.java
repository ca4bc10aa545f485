package io.jenkins.plugins.gogs.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.fixture.GitHttpClone;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.servers.MintedToken;
import io.jenkins.plugins.gogs.servers.TokenExchange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Gogs access token credential gives git, against the real Gogs: the token's owner as the username and the
 * token as the password, answered to git's prompts as the git plugin's command-line client answers them. A private
 * repository clones with that and with nothing less.
 */
@RealGogs
class TokenAsGitPasswordTest {

    private static GogsServer gogs;
    private static GogsUser alice;
    private static GogsRepository secret;
    private static String cloneUrl;

    @TempDir
    Path work;

    @BeforeAll
    static void seed(GogsServer server) {
        gogs = server;
        alice = server.createUser("alice");
        secret = alice.createRepository("secret").privateRepo().withInitialCommit();
        secret.pushFile("master", "marker.txt", "only for those who may read it\n");
        cloneUrl = CloneUrls.http(gogs.url(), alice.name(), secret.name());
    }

    @Test
    void theCredentialThatCreateTokenStoresClonesAPrivateRepository() throws Exception {
        // what "Create token" stores: the username Gogs reported for the new token, and the token
        MintedToken minted = new TokenExchange(
                        c -> GogsClient.builder(gogs.url()).credentials(c).build())
                .mint(alice.name(), alice.password(), "jenkins-git-test");

        GitHttpClone.Result result =
                GitHttpClone.clone(cloneUrl, minted.username(), minted.token(), work.resolve("clone"));

        assertThat(result.succeeded()).as(result.err()).isTrue();
        assertThat(minted.username()).isEqualTo(alice.name());
        assertThat(Files.readString(work.resolve("clone/marker.txt"))).isEqualTo("only for those who may read it\n");
    }

    @Test
    void anAnonymousCloneOfThePrivateRepositoryFails() throws Exception {
        GitHttpClone.Result result = GitHttpClone.clone(cloneUrl, null, null, work.resolve("clone"));

        assertThat(result.succeeded()).isFalse();
        assertThat(work.resolve("clone/marker.txt")).doesNotExist();
    }

    @Test
    void aWrongTokenDoesNotClone() throws Exception {
        GitHttpClone.Result result = GitHttpClone.clone(
                cloneUrl, alice.name(), "0123456789abcdef0123456789abcdef01234567", work.resolve("clone"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.err()).contains("Authentication failed");
    }

    @Test
    void theTokenOfAUserWithoutAccessDoesNotClone() throws Exception {
        GogsUser mallory = gogs.createUser("mallory");

        GitHttpClone.Result result =
                GitHttpClone.clone(cloneUrl, mallory.name(), mallory.token(), work.resolve("clone"));

        assertThat(result.succeeded()).isFalse();
        assertThat(work.resolve("clone/marker.txt")).doesNotExist();
    }

    @Test
    void gogsGoesByTheTokenWhateverTheUsernameSays() throws Exception {
        // why a credential naming someone else still clones, and why Test connection only warns about it
        GitHttpClone.Result otherCase = GitHttpClone.clone(
                cloneUrl, alice.name().toUpperCase(Locale.ROOT), alice.token(), work.resolve("upper"));
        GitHttpClone.Result nobody =
                GitHttpClone.clone(cloneUrl, "no-such-gogs-user", alice.token(), work.resolve("nobody"));

        assertThat(otherCase.succeeded()).as(otherCase.err()).isTrue();
        assertThat(nobody.succeeded()).as(nobody.err()).isTrue();
    }
}
