package io.jenkins.plugins.gogs.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.events.HookLedger;
import io.jenkins.plugins.gogs.events.SecretStatus;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code $JENKINS_HOME/io.jenkins.plugins.gogs.webhook.HookLedger.xml} as earlier versions wrote it (before discovery
 * and events shared one {@code RepositoryKey}) is read back through Jenkins' XStream, answers for the current keys
 * whatever their spelling, and is written again in the same form. Runs only in the real build.
 */
@WithJenkins
@Tag("needs-jenkins")
class HookLedgerFileJenkinsTest {

    private static final String SALT = "00112233445566778899aabbccddeeff";
    private static final String SECRET = "the-secret";
    private static final String ENDPOINT = "https://ci.example.com/gogs-hook/post";

    @Test
    void aLedgerFileOfAnEarlierVersionIsReadAndWrittenInTheSameForm(JenkinsRule j) throws Exception {
        Path file = HookLedgerStore.file().getFile().toPath();
        Files.writeString(file, """
                <?xml version='1.1' encoding='UTF-8'?>
                <io.jenkins.plugins.gogs.events.HookLedger>
                  <salt>%s</salt>
                  <hooks>
                    <entry>
                      <string>https://gogs.example.com acme/app</string>
                      <string>%s %s</string>
                    </entry>
                    <entry>
                      <string>https://gogs.example.com acme/lib</string>
                      <string>stale</string>
                    </entry>
                  </hooks>
                </io.jenkins.plugins.gogs.events.HookLedger>
                """.formatted(SALT, fingerprint(SECRET), ENDPOINT), StandardCharsets.UTF_8);

        HookLedger ledger = HookLedgerStore.ledger();

        RepositoryKey app = new RepositoryKey("https://Gogs.Example.com/", "Acme", "App");
        RepositoryKey lib = new RepositoryKey("https://gogs.example.com", "acme", "LIB");
        assertThat(ledger.size()).isEqualTo(2);
        assertThat(ledger.isCurrent(app, ENDPOINT, SECRET))
                .as("the hook registered by the earlier version is current")
                .isTrue();
        assertThat(ledger.secretStatus(app, "another secret")).isEqualTo(SecretStatus.CHANGED);
        assertThat(ledger.knows(lib)).isTrue();
        assertThat(ledger.secretStatus(lib, SECRET)).isEqualTo(SecretStatus.CHANGED);

        ledger.registered(new RepositoryKey("https://gogs.example.com", "Acme", "New"), ENDPOINT, SECRET);
        HookLedgerStore.save();

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written)
                .contains(
                        "<io.jenkins.plugins.gogs.events.HookLedger>",
                        "<salt>" + SALT + "</salt>",
                        "<string>https://gogs.example.com acme/app</string>",
                        "<string>" + fingerprint(SECRET) + " " + ENDPOINT + "</string>",
                        "<string>https://gogs.example.com acme/new</string>")
                .doesNotContain(SECRET + "<", "RepositoryKey");
    }

    /** The fingerprint every version so far writes: HMAC-SHA256 keyed with the salt, its first 16 bytes in hex. */
    private static String fingerprint(String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SALT.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }
}
