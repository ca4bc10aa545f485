package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HookEndpointTest {

    @Test
    void appendsThePathToTheJenkinsRootUrl() {
        assertThat(HookEndpoint.forJenkinsRoot("https://ci.example.com/"))
                .isEqualTo("https://ci.example.com/gogs-hook/post");
        assertThat(HookEndpoint.forJenkinsRoot("https://ci.example.com"))
                .isEqualTo("https://ci.example.com/gogs-hook/post");
        assertThat(HookEndpoint.forJenkinsRoot(" http://example.com:8080/jenkins/ "))
                .isEqualTo("http://example.com:8080/jenkins/gogs-hook/post");
    }

    @Test
    void refusesAnEmptyOrNonHttpRootUrl() {
        assertThatThrownBy(() -> HookEndpoint.forJenkinsRoot(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not configured");
        assertThatThrownBy(() -> HookEndpoint.forJenkinsRoot("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HookEndpoint.forJenkinsRoot("ftp://ci.example.com/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http");
    }

    @Test
    void warnsWhenTheJenkinsUrlIsNotSet() {
        assertThat(HookEndpoint.reachabilityWarning(null))
                .hasValueSatisfying(w -> assertThat(w).contains("not configured"));
        assertThat(HookEndpoint.reachabilityWarning("")).isPresent();
        assertThat(HookEndpoint.reachabilityWarning("ci.example.com"))
                .hasValueSatisfying(w -> assertThat(w).contains("http"));
    }

    @Test
    void warnsAboutLoopbackAddresses() {
        for (String url : new String[] {
            "http://localhost:8080/",
            "http://LOCALHOST/",
            "http://jenkins.localhost/",
            "http://127.0.0.1:8080/jenkins/",
            "http://127.1.2.3/",
            "http://[::1]:8080/",
            "http://0.0.0.0:8080/"
        }) {
            assertThat(HookEndpoint.reachabilityWarning(url))
                    .as(url)
                    .hasValueSatisfying(w -> assertThat(w).contains("own machine", "LOCAL_NETWORK_ALLOWLIST"));
        }
    }

    @Test
    void warnsAboutLocalNetworkAddressesThatGogsBlocksByDefault() {
        for (String url : new String[] {
            "http://10.1.2.3/",
            "http://172.16.0.1/",
            "http://172.31.255.255/",
            "http://192.168.1.5:8080/",
            "http://169.254.1.1/",
            "http://100.64.0.1/",
            "http://[fd00::1]/",
            "http://[fe80::1]/"
        }) {
            assertThat(HookEndpoint.reachabilityWarning(url))
                    .as(url)
                    .hasValueSatisfying(w -> assertThat(w).contains("local-network", "LOCAL_NETWORK_ALLOWLIST"));
        }
    }

    @Test
    void acceptsPublicAddressesAndHostNames() {
        for (String url : new String[] {
            "https://ci.example.com/",
            "http://8.8.8.8/",
            "http://172.32.0.1/",
            "http://100.128.0.1/",
            "http://[2001:db8::1]/",
            "https://jenkins/"
        }) {
            assertThat(HookEndpoint.reachabilityWarning(url)).as(url).isEmpty();
        }
    }

    @Test
    void onlyTheDeliveryPathIsExemptFromCrumbs() {
        assertThat(HookEndpoint.isDeliveryPath("/gogs-hook/post")).isTrue();
        for (String other : new String[] {
            "/gogs-hook/post/",
            "/gogs-webhook/",
            "/gogs-webhook",
            "/gogs-hook/postX",
            "/gogs-hook/post/../../script",
            "/gogs-webhook/other",
            "/job/x/build",
            "/GOGS-HOOK/post",
            "/gogs-webhook/post",
            "",
            null
        }) {
            assertThat(HookEndpoint.isDeliveryPath(other)).as(other).isFalse();
        }
    }

    @Test
    void theFormerUrlIsTheSameJenkinsRootWithTheFormerPath() {
        assertThat(HookEndpoint.formerUrls("https://ci.example.com/jenkins/gogs-hook/post"))
                .containsExactly("https://ci.example.com/jenkins/gogs-webhook/post");
        assertThat(HookEndpoint.formerUrls(HookEndpoint.forJenkinsRoot("http://ci:8080/")))
                .containsExactly("http://ci:8080/gogs-webhook/post");
        assertThat(HookEndpoint.formerUrls("https://ci.example.com/other")).isEmpty();
        assertThat(HookEndpoint.formerUrls(null)).isEmpty();
    }
}
