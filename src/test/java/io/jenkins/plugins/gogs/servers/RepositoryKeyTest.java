package io.jenkins.plugins.gogs.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one identity of a repository that caches, the hook ledger and hook registrations share: the canonical server
 * URL, owner and name compared without case, Gogs' spelling kept.
 */
class RepositoryKeyTest {

    @Test
    void oneRepositoryHowEverItsServerOwnerAndNameAreSpelled() {
        RepositoryKey a = new RepositoryKey("HTTPS://Git.Example.com:443/gogs/", "Acme", "App");
        RepositoryKey b = new RepositoryKey("https://git.example.com/gogs", "acme", "app");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(Set.of(a)).contains(b);
        assertThat(a.serverUrl()).isEqualTo("https://git.example.com/gogs");
        assertThat(a.fullName()).as("Gogs' own spelling is kept for display").isEqualTo("Acme/App");
        assertThat(a.name())
                .as("the name an organization folder gives the project")
                .isEqualTo("App");
        assertThat(a).hasToString("https://git.example.com/gogs/Acme/App");
    }

    @Test
    void aCacheKeyedByOneSpellingAnswersForEveryOther() {
        Map<RepositoryKey, String> cache = new HashMap<>();
        cache.put(new RepositoryKey("https://git.example.com", "Acme", "App"), "remembered");

        assertThat(cache.get(new RepositoryKey("https://GIT.example.com/", "ACME", "app")))
                .isEqualTo("remembered");
        cache.put(new RepositoryKey("https://git.example.com", "acme", "APP"), "replaced");
        assertThat(cache).hasSize(1).containsValue("replaced");
    }

    @Test
    void otherServersOwnersAndNamesAreOtherRepositories() {
        RepositoryKey key = new RepositoryKey("https://git.example.com", "acme", "app");

        assertThat(key).isNotEqualTo(new RepositoryKey("https://git.example.com:3000", "acme", "app"));
        assertThat(key).isNotEqualTo(new RepositoryKey("http://git.example.com", "acme", "app"));
        assertThat(key).isNotEqualTo(new RepositoryKey("https://git.example.com", "acme2", "app"));
        assertThat(key).isNotEqualTo(new RepositoryKey("https://git.example.com", "acme", "app2"));
        assertThat(key).isNotEqualTo(new RepositoryKey("https://git.example.com", "app", "acme"));
    }

    @Test
    void anAliasUrlIsAnotherServerUntilItIsMappedToTheConfiguredOne() {
        // The same Gogs, reached as https://gogs.internal by Jenkins and as https://git.example.com in payloads:
        // keys are made with the configured server's URL (ServerDirectory finds it by its alias), never the alias.
        ServerDirectory<ServerEntry> servers = new ServerDirectory<>(List.of(new ServerEntry() {
            @Override
            public String getServerUrl() {
                return "https://gogs.internal";
            }

            @Override
            public String getAliasUrl() {
                return "https://git.example.com";
            }

            @Override
            public String getName() {
                return "internal";
            }
        }));
        RepositoryKey configured = new RepositoryKey("https://gogs.internal", "acme", "app");
        RepositoryKey byAlias = new RepositoryKey("https://git.example.com", "acme", "app");

        assertThat(byAlias).isNotEqualTo(configured);
        assertThat(configured.matches("https://git.example.com", "acme", "app")).isFalse();
        String canonical =
                servers.findByUrl("HTTPS://Git.Example.com/").orElseThrow().getServerUrl();
        assertThat(new RepositoryKey(canonical, "Acme", "App")).isEqualTo(configured);
    }

    @Test
    void matchingTextsIsEqualityWithTheKeyTheyMake() {
        RepositoryKey key = new RepositoryKey("https://git.example.com", "acme", "app");

        assertThat(key.matches("https://git.example.com/", "ACME", "APP")).isTrue();
        assertThat(key).isEqualTo(new RepositoryKey("https://git.example.com/", "ACME", "APP"));
        assertThat(key.matches("https://git.example.com", "acme", "app2")).isFalse();
        assertThat(key.matches("https://git.example.com", "acme", null)).isFalse();
        assertThat(key.matches("not a url", "acme", "app")).isFalse();
        assertThat(key.isOwnedBy("https://git.example.com", "Acme")).isTrue();
        assertThat(key.isOwnedBy("https://git.example.com", "bob")).isFalse();
        assertThat(key.isOwnedBy("https://git.example.com", null)).isFalse();
        assertThat(key.isOwnedBy(null, "acme")).isFalse();
    }

    @Test
    void equalKeysHaveEqualHashCodesAlsoForNamesOutsideAscii() {
        // equalsIgnoreCase would call "ſ" and "s" equal while their lower-case forms (and so any hash of them)
        // differ; keys compare the lower-case forms, so equality and hash codes never disagree.
        RepositoryKey longS = new RepositoryKey("https://git.example.com", "acme", "ſpace");
        RepositoryKey s = new RepositoryKey("https://git.example.com", "acme", "space");
        RepositoryKey upper = new RepositoryKey("https://git.example.com", "ACME", "ÜBER");
        RepositoryKey lower = new RepositoryKey("https://git.example.com", "acme", "über");

        assertThat(longS).isNotEqualTo(s);
        assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
    }

    @Test
    void refusesWhatCannotBeAGogsName() {
        assertThatThrownBy(() -> new RepositoryKey("https://git.example.com", "acme/x", "app"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A repository owner must be a non-empty name without '/': 'acme/x'");
        assertThatThrownBy(() -> new RepositoryKey("https://git.example.com", "acme", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A repository name must be a non-empty name without '/': ' '");
        assertThatThrownBy(() -> new RepositoryKey("https://git.example.com", null, "app"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("owner");
        assertThatThrownBy(() -> new RepositoryKey("ftp://git.example.com", "acme", "app"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepositoryKey(null, "acme", "app"))
                .as("an incomplete source or payload is refused like any other bad value")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
