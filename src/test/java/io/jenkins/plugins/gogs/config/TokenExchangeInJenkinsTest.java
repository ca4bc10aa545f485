package io.jenkins.plugins.gogs.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.model.AccessToken;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.RealGogs;
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
    void createTokenStoresAWorkingSecretTextAndSelectsItButKeepsNoPassword(
            io.jenkins.plugins.gogs.fixture.GogsServer gogs) throws Exception {
        GogsUser alice = gogs.createUser("alice");

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
        assertThat(stored).isInstanceOf(StringCredentials.class);
        assertThat(stored.getDescription()).contains("jenkins-localhost").contains(alice.name());
        GogsClient client = GogsClients.forServer(new GogsServer(gogs.url()), stored);
        assertThat(client.users().authenticated().username()).isEqualTo(alice.name());
        assertThat(filesContaining(j.jenkins.getRootDir().toPath(), alice.password()))
                .isEmpty();
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
        j.configRoundtrip();
        GogsServer reloaded = GogsConfiguration.get().getServers().get(0);
        GogsClient again = GogsClients.forJenkins(reloaded);

        assertThat(again.users().authenticated().username()).isEqualTo(bob.name());
        assertThat(again).as("same token, same shared client").isSameAs(first);
        assertThat(jenkinsTokens(gogs, bob)).containsExactly("jenkins-localhost");
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
