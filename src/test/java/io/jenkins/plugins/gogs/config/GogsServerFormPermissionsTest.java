package io.jenkins.plugins.gogs.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.util.Secret;
import jenkins.model.Jenkins;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The form methods of a server entry call the network, create credentials or list them: only an administrator may
 * use them, and only with POST. Runs only in the real build.
 */
@WithJenkins
@Tag("needs-jenkins")
class GogsServerFormPermissionsTest {

    private static final String CLOSED_PORT_URL = "http://127.0.0.1:1";

    /** The one Jenkins of each test: taken once, here (a second JenkinsRule parameter would start another). */
    private JenkinsRule j;

    @BeforeEach
    void security(JenkinsRule rule) throws Exception {
        j = rule;
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ)
                .everywhere()
                .to("reader"));
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL,
                        "gogs-token",
                        "Gogs token",
                        Secret.fromString("0123456789abcdef0123456789abcdef01234567")));
        SystemCredentialsProvider.getInstance().save();
    }

    @Test
    void testConnectionRefusesAUserWhoMayNotAdminister() throws Exception {
        WebResponse response = FormPosts.post(
                j, "reader", "testConnection", "serverUrl", CLOSED_PORT_URL, "credentialsId", "gogs-token");

        assertThat(response.getStatusCode()).isEqualTo(403);
    }

    @Test
    void testConnectionTellsAnAdministratorWhatFailed() throws Exception {
        WebResponse response = FormPosts.post(
                j, "admin", "testConnection", "serverUrl", CLOSED_PORT_URL, "credentialsId", "gogs-token");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("connection refused");
    }

    @Test
    void theFormMethodsAnswerOnlyPost() throws Exception {
        WebResponse response = FormPosts.get(
                j, "admin", "testConnection", "serverUrl", CLOSED_PORT_URL, "credentialsId", "gogs-token");

        assertThat(response.getStatusCode()).isIn(404, 405);
    }

    @Test
    void createTokenRefusesAUserWhoMayNotAdministerAndStoresNothing() throws Exception {
        int before = SystemCredentialsProvider.getInstance().getCredentials().size();

        WebResponse response = FormPosts.post(
                j,
                "reader",
                "exchangeToken",
                "serverUrl",
                CLOSED_PORT_URL,
                "exchangeUsername",
                "alice",
                "exchangePassword",
                "alice-password");

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(SystemCredentialsProvider.getInstance().getCredentials()).hasSize(before);
    }

    @Test
    void credentialListsShowOthersOnlyTheCurrentValue() throws Exception {
        WebResponse asReader = FormPosts.post(
                j,
                "reader",
                "fillCredentialsIdItems",
                "serverUrl",
                "https://gogs.example.com",
                "credentialsId",
                "chosen-before");
        WebResponse asAdmin = FormPosts.post(
                j, "admin", "fillCredentialsIdItems", "serverUrl", "https://gogs.example.com", "credentialsId", "");

        assertThat(asReader.getStatusCode()).isEqualTo(200);
        assertThat(asReader.getContentAsString()).contains("chosen-before").doesNotContain("gogs-token");
        assertThat(asAdmin.getContentAsString()).contains("gogs-token");
    }

    @Test
    void credentialChecksSayNothingToOthers() throws Exception {
        WebResponse asReader = FormPosts.post(
                j,
                "reader",
                "checkCredentialsId",
                "serverUrl",
                "https://gogs.example.com",
                "value",
                "no-such-credential");
        WebResponse asAdmin = FormPosts.post(
                j,
                "admin",
                "checkCredentialsId",
                "serverUrl",
                "https://gogs.example.com",
                "value",
                "no-such-credential");

        assertThat(asReader.getContentAsString()).doesNotContain("no-such-credential");
        assertThat(asAdmin.getContentAsString()).contains("No credential with the ID");
    }
}
