package io.jenkins.plugins.gogs.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.ProxySettings;
import org.junit.jupiter.api.Test;

class ProxyFieldsTest {

    @Test
    void noProxyHostMeansDirectConnections() {
        assertThat(ProxyFields.toSettings(null, 0, null, null, null)).isNull();
        assertThat(ProxyFields.toSettings("  ", 3128, "u", "p", "*.lan")).isNull();
    }

    @Test
    void splitsNoProxyHostsLikeJenkins() {
        ProxySettings proxy = ProxyFields.toSettings(
                "proxy.corp", 3128, null, null, "localhost, *.internal|10.*\n\tgogs.example.com  ");

        assertThat(proxy.noProxyHosts()).containsExactly("localhost", "*.internal", "10.*", "gogs.example.com");
        assertThat(proxy.bypasses("gogs.internal")).isTrue();
        assertThat(proxy.bypasses("10.1.2.3")).isTrue();
        assertThat(proxy.bypasses("gogs.example.org")).isFalse();
        assertThat(proxy.hasCredentials()).isFalse();
    }

    @Test
    void keepsTheProxyLoginAndHidesItsPassword() {
        ProxySettings proxy = ProxyFields.toSettings("proxy.corp", 8080, "jenkins", "s3cret", "");

        assertThat(proxy.username()).isEqualTo("jenkins");
        assertThat(proxy.password()).isEqualTo("s3cret");
        assertThat(proxy.toString())
                .contains("proxy.corp:8080")
                .contains("jenkins")
                .doesNotContain("s3cret");
    }

    @Test
    void aHostWithoutAValidPortIsAClearError() {
        assertThatThrownBy(() -> ProxyFields.toSettings("proxy.corp", 0, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy.corp")
                .hasMessageContaining("no valid port");
    }
}
