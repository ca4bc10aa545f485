package io.jenkins.plugins.gogs.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.util.Secret;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsCredentialLookup;
import io.jenkins.plugins.gogs.config.GogsServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A Gogs access token in {@code jenkins.yaml} (symbol {@code gogsAccessToken}), as docs/configuration.md shows it:
 * imported, selected by a server, and exported with the token encrypted. Runs only in the real build.
 */
@WithJenkinsConfiguredWithCode
@Tag("needs-jenkins")
class GogsAccessTokenAsCodeTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    @Test
    @ConfiguredWithCode("gogs-access-token.yaml")
    void importsTheTokenWithItsUserForTheServer(JenkinsConfiguredWithCodeRule j) {
        GogsServer server = GogsConfiguration.get().getServers().get(0);

        StandardCredentials found = GogsCredentialLookup.inJenkins(server.getCredentialsId(), server.getServerUrl());

        assertThat(found).isInstanceOf(GogsAccessToken.class);
        GogsAccessToken token = (GogsAccessToken) found;
        assertThat(token.getId()).isEqualTo("gogs-bot");
        assertThat(token.getScope()).isEqualTo(CredentialsScope.GLOBAL);
        assertThat(token.getDescription()).isEqualTo("Gogs access token of jenkins-bot");
        assertThat(token.getUsername()).isEqualTo("jenkins-bot");
        assertThat(token.getToken().getPlainText()).isEqualTo(TOKEN);
        assertThat(found).isInstanceOf(StringCredentials.class).isInstanceOf(StandardUsernamePasswordCredentials.class);
    }

    @Test
    @ConfiguredWithCode("gogs-access-token.yaml")
    void exportsItUnderItsSymbolWithTheTokenEncrypted(JenkinsConfiguredWithCodeRule j) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConfigurationAsCode.get().export(out);
        String exported = out.toString(StandardCharsets.UTF_8);

        assertThat(exported)
                .contains("gogsAccessToken:")
                .doesNotContain("gogsAccessTokenImpl")
                .contains("id: \"gogs-bot\"")
                .contains("username: \"jenkins-bot\"")
                .doesNotContain(TOKEN);
        Matcher token = Pattern.compile("token: \"(\\{[^\"]+})\"").matcher(exported);
        assertThat(token.find()).as("an encrypted token in:%n%s", exported).isTrue();
        assertThat(Secret.decrypt(token.group(1)).getPlainText())
                .as("what an import of the export reads back")
                .isEqualTo(TOKEN);
    }
}
