package io.jenkins.plugins.gogs.servers;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.client.ProxySettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientFingerprintTest {

    private static final String URL = "https://gogs.example.com";
    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void theSameInputsGiveTheSameFingerprint() {
        ProxySettings proxy =
                ProxySettings.of("proxy", 3128).withCredentials("p", "pw").withNoProxyHosts(List.of("*.lan"));

        assertThat(ClientFingerprint.of(URL, "token", TOKEN, proxy))
                .isEqualTo(ClientFingerprint.of(
                        URL,
                        "token",
                        TOKEN,
                        ProxySettings.of("proxy", 3128)
                                .withCredentials("p", "pw")
                                .withNoProxyHosts(List.of("*.lan"))))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void aRotatedTokenAnotherServerOrAnotherProxyGiveAnotherFingerprint() {
        String base = ClientFingerprint.of(URL, "token", TOKEN, null);

        assertThat(ClientFingerprint.of(URL, "token", TOKEN.replace('0', '1'), null))
                .isNotEqualTo(base);
        assertThat(ClientFingerprint.of("https://other.example.com", "token", TOKEN, null))
                .isNotEqualTo(base);
        assertThat(ClientFingerprint.of(URL, "anonymous", null, null)).isNotEqualTo(base);
        ProxySettings proxy = ProxySettings.of("proxy", 3128);
        String proxied = ClientFingerprint.of(URL, "token", TOKEN, proxy);
        assertThat(proxied).isNotEqualTo(base);
        assertThat(ClientFingerprint.of(URL, "token", TOKEN, proxy.withCredentials("u", "changed")))
                .isNotEqualTo(proxied);
        assertThat(ClientFingerprint.of(URL, "token", TOKEN, proxy.withNoProxyHosts(List.of("gogs.*"))))
                .isNotEqualTo(proxied);
    }

    @Test
    void fieldsDoNotRunIntoEachOther() {
        assertThat(ClientFingerprint.of(URL, "tok", "en" + TOKEN, null))
                .isNotEqualTo(ClientFingerprint.of(URL, "token", TOKEN, null));
        assertThat(ClientFingerprint.ofPassword(URL, "id", "al", "ice:pw"))
                .isNotEqualTo(ClientFingerprint.ofPassword(URL, "id", "alice", ":pw"));
    }

    @Test
    void aChangedPasswordOrCredentialGivesAnotherPasswordFingerprint() {
        String base = ClientFingerprint.ofPassword(URL, "gogs-login", "alice", "pw-1");

        assertThat(ClientFingerprint.matches(base, ClientFingerprint.ofPassword(URL, "gogs-login", "alice", "pw-1")))
                .isTrue();
        assertThat(ClientFingerprint.matches(base, ClientFingerprint.ofPassword(URL, "gogs-login", "alice", "pw-2")))
                .isFalse();
        assertThat(ClientFingerprint.matches(base, ClientFingerprint.ofPassword(URL, "other", "alice", "pw-1")))
                .isFalse();
        assertThat(ClientFingerprint.matches(base, null)).isFalse();
    }

    @Test
    void neverContainsTheSecret() {
        assertThat(ClientFingerprint.of(URL, "token", TOKEN, null)).doesNotContain(TOKEN);
        assertThat(ClientFingerprint.ofPassword(URL, "id", "alice", "hunter2")).doesNotContain("hunter2");
    }
}
