package io.jenkins.plugins.gogs.servers;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.servers.ConnectionCheckResult.Severity;
import org.junit.jupiter.api.Test;

class UrlChecksTest {

    @Test
    void aCanonicalHttpsUrlIsSimplyFine() {
        assertThat(UrlChecks.serverUrl("https://gogs.example.com/gogs")).isEqualTo(FieldCheck.ok());
    }

    @Test
    void saysHowAnUnusualSpellingWillBeSaved() {
        assertThat(UrlChecks.serverUrl(" HTTPS://Gogs.Example.com:443/ "))
                .isEqualTo(FieldCheck.ok("Saved as https://gogs.example.com"));
    }

    @Test
    void refusesWhatIsNoServerUrl() {
        assertThat(UrlChecks.serverUrl("")).extracting(FieldCheck::severity).isEqualTo(Severity.ERROR);
        assertThat(UrlChecks.serverUrl("gogs.example.com").message()).contains("must start with http:// or https://");
        assertThat(UrlChecks.serverUrl("https://alice:pw@gogs.example.com").message())
                .contains("use a credential");
        assertThat(UrlChecks.serverUrl("https://gogs.example.com/api/v1/").message())
                .startsWith("Leave out /api/v1");
    }

    @Test
    void warnsAboutPlainHttpExceptOnThisMachine() {
        FieldCheck remote = UrlChecks.serverUrl("http://gogs.example.com:3000/");
        assertThat(remote.severity()).isEqualTo(Severity.WARNING);
        assertThat(remote.message()).contains("unencrypted").endsWith("Saved as http://gogs.example.com:3000");
        assertThat(UrlChecks.serverUrl("http://127.0.0.1:3000")).isEqualTo(FieldCheck.ok());
        assertThat(UrlChecks.serverUrl("http://localhost:3000")).isEqualTo(FieldCheck.ok());
    }

    @Test
    void anAliasIsOptionalAndMustBeAnotherUrl() {
        assertThat(UrlChecks.aliasUrl("", "https://gogs.example.com")).isEqualTo(FieldCheck.ok());
        assertThat(UrlChecks.aliasUrl("http://gogs.internal:3000", "https://gogs.example.com"))
                .isEqualTo(FieldCheck.ok());
        assertThat(UrlChecks.aliasUrl("https://GOGS.example.com/", "https://gogs.example.com")
                        .severity())
                .isEqualTo(Severity.WARNING);
        assertThat(UrlChecks.aliasUrl("ftp://gogs", "https://gogs.example.com").message())
                .isEqualTo("The alias URL must start with http:// or https://: ftp://gogs");
    }
}
