package io.jenkins.plugins.gogs.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Descriptor;
import hudson.util.Secret;
import java.util.List;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.Stapler;

/** The "Gogs servers" section of Manage Jenkins » System, through the real form. Runs only in the real build. */
@WithJenkins
@Tag("needs-jenkins")
class GogsConfigurationFormTest {

    @Test
    void everySettingSurvivesARoundTripThroughTheForm(JenkinsRule j) throws Exception {
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL,
                        "gogs-token",
                        "token",
                        Secret.fromString("0123456789abcdef0123456789abcdef01234567")));
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, "gogs-hook-secret", "hook secret", Secret.fromString("s3cret")));
        SystemCredentialsProvider.getInstance().save();
        GogsServer corp = new GogsServer("https://gogs.example.com");
        corp.setDisplayName("corp");
        corp.setAliasUrl("http://gogs.internal:3000");
        corp.setCredentialsId("gogs-token");
        corp.setManageHooks(false);
        corp.setWebhookSecretCredentialsId("gogs-hook-secret");
        GogsServer anonymous = new GogsServer("https://git.example.org/gogs");
        GogsConfiguration.get().setServers(List.of(corp, anonymous));

        j.configRoundtrip();

        List<GogsServer> after = GogsConfiguration.get().getServers();
        j.assertEqualDataBoundBeans(List.of(corp, anonymous), after);
        assertThat(after.get(1).isManageHooks()).isTrue();
    }

    @Test
    void removingEveryServerThroughTheFormLeavesNone(JenkinsRule j) throws Exception {
        GogsConfiguration.get().setServers(List.of(new GogsServer("https://gogs.example.com")));

        Descriptor.FormException refused = configure(j, "{}");

        assertThat(refused).isNull();
        assertThat(GogsConfiguration.get().getServers()).isEmpty();
    }

    @Test
    void aDuplicateServerIsAFormErrorAndChangesNothing(JenkinsRule j) throws Exception {
        GogsConfiguration.get().setServers(List.of(new GogsServer("https://gogs.example.com")));

        Descriptor.FormException refused = configure(
                j,
                "{\"servers\": ["
                        + "{\"serverUrl\": \"https://gogs.example.com\", \"displayName\": \"one\"},"
                        + "{\"serverUrl\": \"HTTPS://Gogs.Example.com:443/\", \"displayName\": \"two\"}]}");

        assertThat(refused).isNotNull();
        assertThat(refused.getFormField()).isEqualTo("servers");
        assertThat(refused.getMessage()).contains("https://gogs.example.com is configured twice ('one' and 'two')");
        assertThat(GogsConfiguration.get().getServers())
                .extracting(GogsServer::getDisplayName)
                .containsExactly((String) null);
    }

    @Test
    void aBadUrlIsAFormErrorNamingTheProblem(JenkinsRule j) throws Exception {
        Descriptor.FormException refused = configure(j, "{\"servers\": {\"serverUrl\": \"gogs.example.com\"}}");

        assertThat(refused).isNotNull();
        assertThat(refused.getFormField()).isEqualTo("servers");
        assertThat(refused.getMessage())
                .isEqualTo("The server URL must start with http:// or https://: gogs.example.com");
    }

    @Test
    void aBadAliasUrlIsAFormErrorNamingTheProblem(JenkinsRule j) throws Exception {
        GogsConfiguration.get().setServers(List.of(new GogsServer("https://gogs.example.com")));

        Descriptor.FormException refused = configure(
                j,
                "{\"servers\": {\"serverUrl\": \"https://gogs.example.com\", \"aliasUrl\": \"gogs.internal:3000\"}}");

        assertThat(refused).isNotNull();
        assertThat(refused.getFormField()).isEqualTo("servers");
        assertThat(refused.getMessage())
                .isEqualTo("The alias URL must start with http:// or https://: gogs.internal:3000");
        assertThat(GogsConfiguration.get().getServers())
                .extracting(GogsServer::getAliasUrl)
                .containsExactly((String) null);
    }

    /** Submits the section's JSON as the System page would; returns the form error, or null when accepted. */
    private static Descriptor.FormException configure(JenkinsRule j, String json) throws Exception {
        return j.executeOnServer(() -> {
            try {
                GogsConfiguration.get().configure(Stapler.getCurrentRequest2(), JSONObject.fromObject(json));
                return null;
            } catch (Descriptor.FormException e) {
                return e;
            }
        });
    }
}
