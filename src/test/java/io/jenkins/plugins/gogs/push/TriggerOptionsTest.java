package io.jenkins.plugins.gogs.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The trigger's own options: the branch filter and the skip phrases. */
class TriggerOptionsTest {

    @Test
    void theBranchFilterIncludesAndExcludesByWildcard() {
        NameFilter filter = NameFilter.of("main, release/*  hotfix-* !release/old-*");

        assertThat(filter.accepts("main")).isTrue();
        assertThat(filter.accepts("release/2.0")).isTrue();
        assertThat(filter.accepts("release/2.0/rc1")).as("'*' crosses '/'").isTrue();
        assertThat(filter.accepts("hotfix-12")).isTrue();
        assertThat(filter.accepts("release/old-1")).isFalse();
        assertThat(filter.accepts("Main")).as("names keep their case").isFalse();
        assertThat(filter.accepts("feature/x")).isFalse();
        assertThat(filter.accepts("mainline")).isFalse();
    }

    @Test
    void anEmptyFilterOrOneWithOnlyExclusionsLetsTheRestPass() {
        assertThat(NameFilter.of("  ").accepts("anything")).isTrue();
        assertThat(NameFilter.of(null).isEmpty()).isTrue();
        assertThat(NameFilter.of("!wip/*").accepts("main")).isTrue();
        assertThat(NameFilter.of("!wip/*").accepts("wip/x")).isFalse();
        assertThat(NameFilter.of("a.b").accepts("axb"))
                .as("only '*' is special")
                .isFalse();
    }

    @Test
    void skipPhrasesAreFoundAnywhereWithoutRegardToCase() {
        SkipPhrases defaults = SkipPhrases.of(SkipPhrases.DEFAULT);

        assertThat(defaults.phrases()).containsExactly("[ci skip]", "[skip ci]");
        assertThat(defaults.foundIn("Update docs\n\n[Skip CI]")).contains("[skip ci]");
        assertThat(defaults.foundIn("Skip the CI step")).isEmpty();
        assertThat(defaults.foundIn(null)).isEmpty();
        assertThat(SkipPhrases.of("  [IGNORE]  \r\n\n").foundIn("[IGNORE] bump version"))
                .contains("[IGNORE]");
        assertThat(SkipPhrases.of("").foundIn("[ci skip]")).isEmpty();
    }
}
