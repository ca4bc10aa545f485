package io.jenkins.plugins.gogs.config;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static io.jenkins.plugins.casc.misc.Util.toStringFromYamlFile;
import static io.jenkins.plugins.casc.misc.Util.toYamlString;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorException;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.gogs.credentials.GogsAccessToken;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The servers in {@code jenkins.yaml}: imported (URLs normalised as in the form) and exported (what an admin gets
 * from "View Configuration"). The YAML is the one docs/configuration.md shows. Runs only in the real build.
 */
@WithJenkinsConfiguredWithCode
@Tag("needs-jenkins")
class GogsConfigurationAsCodeTest {

    @Test
    @ConfiguredWithCode("configuration-as-code.yaml")
    void importsTheServersWithCanonicalUrls(JenkinsConfiguredWithCodeRule j) {
        List<GogsServer> servers = GogsConfiguration.get().getServers();

        assertThat(servers).hasSize(2);
        GogsServer corp = servers.get(0);
        assertThat(corp.getServerUrl()).isEqualTo("https://gogs.example.com");
        assertThat(corp.getName()).isEqualTo("corp");
        assertThat(corp.getAliasUrl()).isEqualTo("http://gogs.internal:3000");
        assertThat(corp.getCredentialsId()).isEqualTo("gogs-token");
        assertThat(corp.isManageHooks()).isTrue();
        assertThat(corp.getWebhookSecretCredentialsId()).isEqualTo("gogs-webhook-secret");
        GogsServer other = servers.get(1);
        assertThat(other.getServerUrl()).isEqualTo("https://git.example.org/gogs");
        assertThat(other.getName()).isEqualTo("git.example.org");
        assertThat(other.isManageHooks()).isFalse();
        assertThat(GogsConfiguration.get().findServer("http://gogs.internal:3000/"))
                .containsSame(corp);
        StandardCredentials token = GogsCredentialLookup.inJenkins(corp.getCredentialsId(), corp.getServerUrl());
        assertThat(token).isInstanceOf(GogsAccessToken.class).isInstanceOf(StringCredentials.class);
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yaml")
    void exportsWhatWasImportedWithoutDefaults(JenkinsConfiguredWithCodeRule j) throws Exception {
        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());

        String exported = toYamlString(getUnclassifiedRoot(context).get("gogs"));

        assertThat(exported).isEqualTo(toStringFromYamlFile(this, "configuration-as-code-expected.yaml"));
    }

    /** JCasC's generic configurator would say only "Failed to construct instance of ... GogsServer". */
    @Test
    @ConfiguredWithCode(
            value = "configuration-as-code-bad-url.yaml",
            expected = ConfiguratorException.class,
            message = "Failed to configure 'servers': The server URL must start with http:// or https://: "
                    + "gogs.example.com")
    void aBadServerUrlFailsWithThePluginsSentenceAndConfiguresNothing(JenkinsConfiguredWithCodeRule j) {
        assertThat(GogsConfiguration.get().getServers()).isEmpty();
    }

    /** ... and "Failed to set attribute 'aliasUrl'" for a bad alias. */
    @Test
    @ConfiguredWithCode(
            value = "configuration-as-code-bad-alias.yaml",
            expected = ConfiguratorException.class,
            message = "Failed to configure 'servers': The alias URL must start with http:// or https://: "
                    + "ftp://gogs.internal")
    void aBadAliasUrlFailsWithThePluginsSentenceAndConfiguresNothing(JenkinsConfiguredWithCodeRule j) {
        assertThat(GogsConfiguration.get().getServers()).isEmpty();
    }
}
