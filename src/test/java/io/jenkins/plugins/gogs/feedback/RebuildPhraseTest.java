package io.jenkins.plugins.gogs.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RebuildPhraseTest {

    @Test
    void theWholeCommentIsThePhraseIgnoringCaseAndSpaces() {
        assertThat(RebuildPhrase.matches("jenkins rebuild", null)).isTrue();
        assertThat(RebuildPhrase.matches("  Jenkins   Rebuild\n", "")).isTrue();
        assertThat(RebuildPhrase.matches("please ci again", " Please CI again "))
                .isTrue();
    }

    @Test
    void aSentenceThatMentionsThePhraseIsNotARequest() {
        assertThat(RebuildPhrase.matches("jenkins rebuild please", null)).isFalse();
        assertThat(RebuildPhrase.matches("> jenkins rebuild", null)).isFalse();
        assertThat(RebuildPhrase.matches("", null)).isFalse();
        assertThat(RebuildPhrase.matches(null, null)).isFalse();
    }
}
