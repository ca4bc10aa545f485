package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RepositoryKeyTest {

    @Test
    void oneRepositoryHowEverItsServerOwnerAndNameAreSpelled() {
        RepositoryKey a = new RepositoryKey("HTTPS://Git.Example.com:443/gogs/", "Acme", "App");
        RepositoryKey b = new RepositoryKey("https://git.example.com/gogs", "acme", "app");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(Set.of(a)).contains(b);
        assertThat(a.serverUrl()).isEqualTo("https://git.example.com/gogs");
        assertThat(a.fullName()).isEqualTo("Acme/App"); // Gogs' own spelling is kept for display
    }

    @Test
    void otherServersOwnersAndNamesAreOtherRepositories() {
        RepositoryKey key = new RepositoryKey("https://git.example.com", "acme", "app");

        assertThat(key).isNotEqualTo(new RepositoryKey("https://git.example.com:3000", "acme", "app"));
        assertThat(key).isNotEqualTo(new RepositoryKey("https://git.example.com", "acme2", "app"));
        assertThat(key.matches("https://git.example.com/", "ACME", "APP")).isTrue();
        assertThat(key.matches("https://git.example.com", "acme", "app2")).isFalse();
        assertThat(key.matches("not a url", "acme", "app")).isFalse();
        assertThat(key.isOwnedBy("https://git.example.com", "Acme")).isTrue();
        assertThat(key.isOwnedBy("https://git.example.com", "bob")).isFalse();
        assertThat(key.isOwnedBy("https://git.example.com", null)).isFalse();
    }

    @Test
    void refusesWhatCannotBeAGogsName() {
        assertThatThrownBy(() -> new RepositoryKey("https://git.example.com", "acme/x", "app"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("owner");
        assertThatThrownBy(() -> new RepositoryKey("https://git.example.com", "acme", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new RepositoryKey("ftp://git.example.com", "acme", "app"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
