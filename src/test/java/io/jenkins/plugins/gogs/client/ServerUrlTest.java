package io.jenkins.plugins.gogs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerUrlTest {

    @ParameterizedTest
    @CsvSource({
        "HTTPS://Gogs.Example.COM:443/, https://gogs.example.com",
        "http://gogs.example.com:80, http://gogs.example.com",
        "http://gogs.example.com:3000/, http://gogs.example.com:3000",
        "https://example.com/Gogs/, https://example.com/Gogs",
        "'  https://example.com//  ', https://example.com",
        "https://example.com?x=1#top, https://example.com",
        "http://127.0.0.1:8443, http://127.0.0.1:8443",
    })
    void normalizes(String typed, String expected) {
        assertThat(ServerUrl.normalize(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "gogs.example.com", "ftp://gogs.example.com", "https://", "http://exa mple.com"})
    void rejectsWhatIsNotAnHttpUrl(String typed) {
        assertThatThrownBy(() -> ServerUrl.normalize(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesCredentialsInTheUrlWithoutEchoingThem() {
        assertThatThrownBy(() -> ServerUrl.normalize("https://alice:s3cret@gogs.example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void tellsWhetherTwoSpellingsNameOneServer() {
        assertThat(ServerUrl.sameServer("https://Gogs.example.com/", "https://gogs.example.com:443"))
                .isTrue();
        assertThat(ServerUrl.sameServer("https://gogs.example.com", "http://gogs.example.com"))
                .isFalse();
        assertThat(ServerUrl.sameServer("not a url", "not a url")).isFalse();
    }
}
