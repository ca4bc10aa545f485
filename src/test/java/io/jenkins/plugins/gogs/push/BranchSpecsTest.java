package io.jenkins.plugins.gogs.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The git plugin's branch specifier syntax, case by case (real pushes: {@link RealPushMatchingTest}). */
class BranchSpecsTest {

    @Test
    void oneStarStaysInASegmentTwoStarsCrossThem() {
        assertThat(BranchSpecs.matchesBranch("*/release-*", "origin", "release-1.2"))
                .isTrue();
        assertThat(BranchSpecs.matchesBranch("*/release-*", "origin", "release-1/hotfix"))
                .isFalse();
        assertThat(BranchSpecs.matchesBranch("release-**", "origin", "release-1/hotfix"))
                .isTrue();
        assertThat(BranchSpecs.matchesBranch("***", "origin", "a/b")).isTrue();
    }

    @Test
    void theRemoteNameCountsWhereTheSpecifierNamesOne() {
        assertThat(BranchSpecs.matchesBranch("upstream/main", "upstream", "main"))
                .isTrue();
        assertThat(BranchSpecs.matchesBranch("upstream/main", "origin", "main")).isFalse();
        assertThat(BranchSpecs.matchesBranch("refs/remotes/upstream/main", "upstream", "main"))
                .isTrue();
    }

    @Test
    void literalCharactersAreNotRegularExpressions() {
        assertThat(BranchSpecs.matchesBranch("*/v1.0", "origin", "v1x0")).isFalse();
        assertThat(BranchSpecs.matchesBranch("*/a+b", "origin", "a+b")).isTrue();
    }

    @Test
    void anInvalidRegularExpressionSelectsNothing() {
        assertThat(BranchSpecs.matchesBranch(":feature/(", "origin", "feature/("))
                .isFalse();
        assertThat(BranchSpecs.matchesTag(":v[", "v[")).isFalse();
    }

    @Test
    void tagsMatchTheirFullRef() {
        assertThat(BranchSpecs.matchesTag("refs/tags/*", "v1")).isTrue();
        assertThat(BranchSpecs.matchesTag("refs/tags/*", "release/v1")).isFalse();
        assertThat(BranchSpecs.matchesTag("refs/tags/**", "release/v1")).isTrue();
        assertThat(BranchSpecs.matchesTag("v1", "v1")).isFalse();
        assertThat(BranchSpecs.matchesTag("*/main", "main")).isFalse();
    }

    @Test
    void variablesAreRecognised() {
        assertThat(BranchSpecs.isParameterized("*/${BRANCH}")).isTrue();
        assertThat(BranchSpecs.isParameterized("$BRANCH")).isTrue();
        assertThat(BranchSpecs.isParameterized("*/main")).isFalse();
    }
}
