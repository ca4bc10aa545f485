package io.jenkins.plugins.gogs.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenNamingTest {

    @Test
    void namesTheTokenAfterTheJenkinsHost() {
        assertThat(TokenNaming.tokenName("https://CI.Example.com:8443/jenkins/"))
                .isEqualTo("jenkins-ci.example.com");
        assertThat(TokenNaming.tokenName(null)).isEqualTo("jenkins");
        assertThat(TokenNaming.tokenName("not a url")).isEqualTo("jenkins");
    }

    @Test
    void candidateNamesCountUpFromTwo() {
        assertThat(TokenNaming.candidates("jenkins-ci", 4))
                .containsExactly("jenkins-ci", "jenkins-ci-2", "jenkins-ci-3", "jenkins-ci-4");
    }

    @Test
    void credentialIdsAreSafeAndUnique() {
        Set<String> taken = Set.of("gogs-token-gogs.example.com-alice", "gogs-token-gogs.example.com-alice-2");

        assertThat(TokenNaming.credentialId("https://gogs.example.com", "Alice", id -> false))
                .isEqualTo("gogs-token-gogs.example.com-alice");
        assertThat(TokenNaming.credentialId("https://gogs.example.com", "alice", taken::contains))
                .isEqualTo("gogs-token-gogs.example.com-alice-3");
        assertThat(TokenNaming.credentialId("http://127.0.0.1:3000", "o'brien x", id -> false))
                .isEqualTo("gogs-token-127.0.0.1-o-brien-x");
    }

    @Test
    void describesWhoseTokenItIs() {
        MintedToken token =
                new MintedToken("jenkins-ci", "alice", "Alice Liddell", "0123456789abcdef0123456789abcdef01234567");

        assertThat(TokenNaming.credentialDescription("https://gogs.example.com", token))
                .isEqualTo("Gogs access token 'jenkins-ci' of alice (Alice Liddell) at https://gogs.example.com")
                .doesNotContain(token.token());
    }
}
