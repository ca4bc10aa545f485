package io.jenkins.plugins.gogs.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepositoryChoicesTest {

    @Test
    void aSavedRepositoryThatGogsDoesNotListIsKeptFirst() {
        assertThat(RepositoryChoices.of(List.of("app", "lib"), List.of("renamed-away")))
                .containsExactly("renamed-away", "app", "lib");
    }

    @Test
    void aSavedRepositoryThatGogsListsAppearsOnceAsGogsSpellsIt() {
        assertThat(RepositoryChoices.of(List.of("App", "lib"), List.of("app"))).containsExactly("App", "lib");
    }

    @Test
    void withoutAListingTheSavedValuesRemainAndBlanksAreLeftOut() {
        assertThat(RepositoryChoices.of(List.of(), Arrays.asList("one", null, " ", "two", "ONE")))
                .containsExactly("one", "two");
        assertThat(RepositoryChoices.of(List.of(), List.of())).isEmpty();
    }
}
