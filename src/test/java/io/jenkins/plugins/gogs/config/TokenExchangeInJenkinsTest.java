package io.jenkins.plugins.gogs.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.model.AccessToken;
import io.jenkins.plugins.gogs.credentials.GogsAccessToken;
import io.jenkins.plugins.gogs.fixture.GitHttpClone;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.servers.ClientFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The password-for-token exchange inside Jenkins, against the real Gogs: the "Create token" button, and a server
 * configured with a username/password credential. Runs only in the real build (skipped there without a Gogs).
 */
@WithJenkins
@RealGogs
@Tag("needs-jenkins")
class TokenExchangeInJenkinsTest {

    /** The one Jenkins of each test: taken once, here (a second JenkinsRule parameter would start another). */
    private JenkinsRule j;

    @BeforeEach
    void security(JenkinsRule rule) {
        j = rule;
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin"));
    }

    @Test
    void createTokenStoresAWorkingGogsAccessTokenAndSelectsItButKeepsNoPassword(
            io.jenkins.plugins.gogs.fixture.GogsServer gogs, @TempDir Path clones) throws Exception {
        GogsUser alice = gogs.createUser("alice");
        GogsRepository secret = alice.createRepository("secret").privateRepo().withInitialCommit();

        WebResponse response = FormPosts.post(
                j,
                "admin",
                "exchangeToken",
                "serverUrl",
                gogs.url(),
                "exchangeUsername",
                alice.name(),
                "exchangePassword",
                alice.password());

        String id = "gogs-token-127.0.0.1-" + alice.name();
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("Created the credential")
                .contains(id);
        assertThat(response.getResponseHeaderValue("X-Jenkins-ValidateButton-Callback"))
                .contains("gogsTokenExchanged")
                .contains(id);
        StandardCredentials stored = GogsCredentialLookup.inJenkins(id, gogs.url());
        assertThat(stored).isInstanceOf(GogsAccessToken.class).isInstanceOf(StringCredentials.class);
        assertThat(stored.getDescription()).contains("jenkins-localhost").contains(alice.name());
        GogsClient client = GogsClients.forServer(new GogsServer(gogs.url()), stored);
        assertThat(client.users().authenticated().username()).isEqualTo(alice.name());
        GogsAccessToken token = (GogsAccessToken) stored;
        assertThat(token.getUsername()).isEqualTo(alice.name());
        GitHttpClone.Result clone = GitHttpClone.clone(
                secret.cloneUrl(), token.getUsername(), token.getPassword().getPlainText(), clones.resolve("a"));
        assertThat(clone.succeeded())
                .as("git clones the private repository with it: " + clone.err())
                .isTrue();
        assertThat(filesContaining(j.jenkins.getRootDir().toPath(), alice.password()))
                .isEmpty();
    }

    @Test
    void aGogsAccessTokenIsNotOfferedForAnExchangeNorExchanged(io.jenkins.plugins.gogs.fixture.GogsServer gogs)
            throws Exception {
        GogsUser carol = gogs.createUser("carol");
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new GogsAccessToken(
                        CredentialsScope.GLOBAL, "carol-token", "", carol.name(), Secret.fromString(carol.token())));
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new UsernamePasswordCredentialsImpl(
                        CredentialsScope.GLOBAL, "carol-login", "", carol.name(), carol.password()));
        SystemCredentialsProvider.getInstance().save();

        WebResponse listed = FormPosts.post(j, "admin", "fillExchangeCredentialsIdItems", "serverUrl", gogs.url());
        WebResponse refused = FormPosts.post(
                j, "admin", "exchangeToken", "serverUrl", gogs.url(), "exchangeCredentialsId", "carol-token");

        assertThat(listed.getContentAsString()).contains("carol-login").doesNotContain("carol-token");
        assertThat(refused.getContentAsString()).contains("is a Gogs access token already");
        assertThat(jenkinsTokens(gogs, carol)).isEmpty();
    }

    @Test
    void aServerWithAUsernameAndPasswordMintsOneTokenAndKeepsUsingIt(io.jenkins.plugins.gogs.fixture.GogsServer gogs)
            throws Exception {
        GogsUser bob = gogs.createUser("bob");
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new UsernamePasswordCredentialsImpl(
                        CredentialsScope.GLOBAL, "bob-login", "Bob's Gogs login", bob.name(), bob.password()));
        SystemCredentialsProvider.getInstance().save();
        GogsServer server = new GogsServer(gogs.url());
        server.setCredentialsId("bob-login");
        GogsConfiguration.get().setServers(List.of(server));

        GogsClient first = GogsClients.forJenkins(server);
        assertThat(first.users().authenticated().username()).isEqualTo(bob.name());
        assertThat(jenkinsTokens(gogs, bob)).containsExactly("jenkins-localhost");

        GogsConfiguration.get().load(); // what a restart reads back
        configRoundtripAsAdmin(j);
        GogsServer reloaded = GogsConfiguration.get().getServers().get(0);
        GogsClient again = GogsClients.forJenkins(reloaded);

        assertThat(again.users().authenticated().username()).isEqualTo(bob.name());
        assertThat(again).as("same token, same shared client").isSameAs(first);
        assertThat(jenkinsTokens(gogs, bob)).containsExactly("jenkins-localhost");
        Path home = j.jenkins.getRootDir().toPath();
        assertThat(home.resolve("io.jenkins.plugins.gogs.config.ExchangedTokens.xml"))
                .as("the token's own file")
                .exists();
        String token = ExchangedTokenStore.get().tokens().find(gogs.url(), "bob-login", bob.name(), bob.password());
        assertThat(token).isNotNull();
        assertThat(filesContaining(home, token))
                .as("the token is stored encrypted only")
                .isEmpty();
        assertThat(Files.readString(home.resolve("io.jenkins.plugins.gogs.config.GogsConfiguration.xml")))
                .doesNotContain("exchangedTokens");
    }

    @Test
    void aTokenKeptWithTheServerEntryByAnOlderVersionIsMovedAndNotMintedAgain(
            io.jenkins.plugins.gogs.fixture.GogsServer gogs) throws Exception {
        GogsUser dave = gogs.createUser("dave");
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new UsernamePasswordCredentialsImpl(
                        CredentialsScope.GLOBAL, "dave-login", "", dave.name(), dave.password()));
        SystemCredentialsProvider.getInstance().save();
        // what an older version wrote: the token minted for the credential, with the server entry
        String source = ClientFingerprint.ofPassword(gogs.url(), "dave-login", dave.name(), dave.password());
        Path config = j.jenkins.getRootDir().toPath().resolve("io.jenkins.plugins.gogs.config.GogsConfiguration.xml");
        Files.writeString(config, """
                <?xml version='1.1' encoding='UTF-8'?>
                <io.jenkins.plugins.gogs.config.GogsConfiguration>
                  <servers>
                    <io.jenkins.plugins.gogs.config.GogsServer>
                      <serverUrl>%s</serverUrl>
                      <credentialsId>dave-login</credentialsId>
                      <manageHooks>true</manageHooks>
                      <exchangedTokens>
                        <io.jenkins.plugins.gogs.config.ExchangedToken>
                          <credentialsId>dave-login</credentialsId>
                          <tokenName>fixture-token</tokenName>
                          <token>%s</token>
                          <source>%s</source>
                        </io.jenkins.plugins.gogs.config.ExchangedToken>
                      </exchangedTokens>
                    </io.jenkins.plugins.gogs.config.GogsServer>
                  </servers>
                </io.jenkins.plugins.gogs.config.GogsConfiguration>
                """.formatted(
                        gogs.url(),
                        Secret.fromString(dave.token()).getEncryptedValue(),
                        Secret.fromString(source).getEncryptedValue()));
        GogsConfiguration.get().load();

        GogsClient client =
                GogsClients.forJenkins(GogsConfiguration.get().getServers().get(0));
        configRoundtripAsAdmin(j);

        assertThat(client.users().authenticated().username()).isEqualTo(dave.name());
        assertThat(jenkinsTokens(gogs, dave)).as("nothing minted").isEmpty();
        assertThat(ExchangedTokenStore.get().tokens().find(gogs.url(), "dave-login", dave.name(), dave.password()))
                .isEqualTo(dave.token());
        assertThat(Files.readString(config)).doesNotContain("exchangedTokens");
    }

    @Test
    void testConnectionWarnsWhenAGogsAccessTokenNamesAnotherUserAndTakesATokenPasswordAsAToken(
            io.jenkins.plugins.gogs.fixture.GogsServer gogs) throws Exception {
        GogsUser erin = gogs.createUser("erin");
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new GogsAccessToken(
                        CredentialsScope.GLOBAL, "misnamed", "", "somebody-else", Secret.fromString(erin.token())));
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new UsernamePasswordCredentialsImpl(
                        CredentialsScope.GLOBAL, "token-as-password", "", erin.name(), erin.token()));
        SystemCredentialsProvider.getInstance().save();

        WebResponse misnamed =
                FormPosts.post(j, "admin", "testConnection", "serverUrl", gogs.url(), "credentialsId", "misnamed");
        WebResponse tokenAsPassword = FormPosts.post(
                j, "admin", "testConnection", "serverUrl", gogs.url(), "credentialsId", "token-as-password");

        assertThat(misnamed.getContentAsString())
                .contains("warning")
                .contains("somebody-else")
                .doesNotContain(erin.token());
        assertThat(tokenAsPassword.getContentAsString())
                .contains("Connected to Gogs as " + erin.name())
                .doesNotContain(erin.token());
        assertThat(jenkinsTokens(gogs, erin)).as("nothing minted by a test").isEmpty();
    }

    /** {@link JenkinsRule#configRoundtrip()}, logged in: anonymous users may not see the configuration here. */
    private static void configRoundtripAsAdmin(JenkinsRule j) throws Exception {
        j.submit(j.createWebClient().login("admin").goTo("configure").getFormByName("config"));
    }

    private static List<String> jenkinsTokens(io.jenkins.plugins.gogs.fixture.GogsServer gogs, GogsUser user) {
        try (GogsClient withPassword = GogsClient.builder(gogs.url())
                .credentials(GogsCredentials.password(user.name(), user.password()))
                .build()) {
            return withPassword.tokens().list().stream()
                    .map(AccessToken::name)
                    .filter(n -> n.startsWith("jenkins"))
                    .toList();
        }
    }

    /** Files under the directory whose bytes contain the text (small files only: configuration, credentials, logs). */
    private static List<Path> filesContaining(Path dir, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        try {
                            return Files.size(f) < 5_000_000 && indexOf(Files.readAllBytes(f), needle) >= 0;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
