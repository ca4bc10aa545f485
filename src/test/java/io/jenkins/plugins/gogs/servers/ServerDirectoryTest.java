package io.jenkins.plugins.gogs.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.client.ServerUrl;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerDirectoryTest {

    record Server(String getServerUrl, String getAliasUrl, String getName) implements ServerEntry {
        static Server of(String name, String url, String alias) {
            return new Server(ServerUrl.normalize(url), alias == null ? null : ServerUrl.normalize(alias), name);
        }
    }

    private final Server internal = Server.of("internal", "https://gogs.internal:3000", "http://gogs.corp");
    private final Server publicOne = Server.of("public", "https://gogs.example.com", null);

    @Test
    void findsAServerByItsUrlOrAliasHoweverSpelled() {
        var directory = new ServerDirectory<>(List.of(internal, publicOne));
        assertThat(directory.findByUrl("HTTPS://GOGS.internal:3000/")).contains(internal);
        assertThat(directory.findByUrl("http://gogs.corp:80")).contains(internal);
        assertThat(directory.findByUrl("https://gogs.example.com/")).contains(publicOne);
        assertThat(directory.findByUrl("https://elsewhere.example.com")).isEmpty();
        assertThat(directory.findByUrl("not a url")).isEmpty();
    }

    @Test
    void resolvesByNameThenUrlAndTheOnlyServerWhenNoneIsNamed() {
        assertThat(new ServerDirectory<>(List.of(publicOne)).resolve(null)).isEqualTo(publicOne);
        var directory = new ServerDirectory<>(List.of(internal, publicOne));
        assertThat(directory.resolve("internal")).isEqualTo(internal);
        assertThat(directory.resolve("https://gogs.example.com/")).isEqualTo(publicOne);
    }

    @Test
    void explainsWhatIsConfiguredWhenTheChoiceFails() {
        assertThatThrownBy(() -> new ServerDirectory<Server>(List.of()).resolve(""))
                .hasMessageContaining("No Gogs server is configured");
        var directory = new ServerDirectory<>(List.of(internal, publicOne));
        assertThatThrownBy(() -> directory.resolve(null))
                .hasMessageContaining("Several Gogs servers")
                .hasMessageContaining("'internal'")
                .hasMessageContaining("'public'");
        assertThatThrownBy(() -> directory.resolve("staging"))
                .hasMessageContaining("No Gogs server named or at 'staging'")
                .hasMessageContaining("'internal', 'public'");
    }

    @Test
    void reportsAServerConfiguredTwiceOrAnAliasClashingWithAnotherServer() {
        assertThat(new ServerDirectory<>(List.of(internal, publicOne)).conflicts())
                .isEmpty();
        var twice = Server.of("again", "https://gogs.example.com:443/", null);
        assertThat(new ServerDirectory<>(List.of(publicOne, twice)).conflicts())
                .singleElement()
                .asString()
                .contains("https://gogs.example.com")
                .contains("'public'")
                .contains("'again'");
        var aliasClash = Server.of("clash", "https://other.example.com", "https://gogs.internal:3000");
        assertThat(new ServerDirectory<>(List.of(internal, aliasClash)).conflicts())
                .hasSize(1);
    }
}
