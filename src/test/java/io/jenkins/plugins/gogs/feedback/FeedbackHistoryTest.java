package io.jenkins.plugins.gogs.feedback;

import static io.jenkins.plugins.gogs.feedback.Reports.finished;
import static io.jenkins.plugins.gogs.feedback.Reports.running;
import static io.jenkins.plugins.gogs.feedback.Reports.sha;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedbackHistoryTest {

    @Test
    void aFinishedBuildReplacesItsRunningReport() {
        FeedbackHistory history = FeedbackHistory.empty()
                .with(running("PR-3", 1, sha("a1"), 100))
                .with(finished("PR-3", 1, BuildStatus.SUCCESS, sha("a1"), 100));

        assertThat(history.builds()).hasSize(1);
        assertThat(history.builds().get(0).status()).isEqualTo(BuildStatus.SUCCESS);
        assertThat(history.verdict()).isEqualTo(Verdict.PASSING);
    }

    @Test
    void theNewestBuildIsCurrentAndTheOthersAreHistory() {
        FeedbackHistory history = FeedbackHistory.empty()
                .with(finished("PR-3", 1, BuildStatus.FAILURE, sha("a1"), 100))
                .with(finished("PR-3", 2, BuildStatus.SUCCESS, sha("b2"), 200))
                .with(running("PR-3", 3, sha("c3"), 300));

        assertThat(history.current()).extracting(BuildReport::number).containsExactly(3);
        assertThat(history.earlier()).extracting(BuildReport::number).containsExactly(2, 1);
        assertThat(history.verdict()).isEqualTo(Verdict.RUNNING);
    }

    @Test
    void jobsThatBuiltTheNewestCommitAreAllCurrentAndDecideTheVerdictTogether() {
        FeedbackHistory history = FeedbackHistory.empty()
                .with(finished("PR-3-head", 4, BuildStatus.SUCCESS, sha("c3"), 300))
                .with(finished("PR-3-merge", 4, BuildStatus.FAILURE, sha("c3"), 310))
                .with(finished("feature", 9, BuildStatus.SUCCESS, sha("a1"), 100));

        assertThat(history.current())
                .extracting(BuildReport::job)
                .as("the branch job built an older commit: history, not current")
                .containsExactly("PR-3-merge", "PR-3-head");
        assertThat(history.verdict()).isEqualTo(Verdict.FAILING);
    }

    @Test
    void onlyTheLastBuildsAreKeptButTheLatestOfEachJobStays() {
        FeedbackHistory history = FeedbackHistory.empty().with(finished("old-job", 1, BuildStatus.SUCCESS, null, 1));
        for (int n = 1; n <= 10; n++) {
            history = history.with(finished("PR-3", n, BuildStatus.SUCCESS, sha("a" + n), 100 + n));
        }

        assertThat(history.builds()).hasSize(FeedbackHistory.KEPT);
        assertThat(history.builds()).extracting(BuildReport::job).contains("old-job");
        assertThat(history.builds().get(0).number()).isEqualTo(10);
    }

    @Test
    void resultsMapToThreeVerdicts() {
        assertThat(BuildStatus.ofResult(null)).isEqualTo(BuildStatus.RUNNING);
        assertThat(BuildStatus.ofResult("SUCCESS").verdict()).isEqualTo(Verdict.PASSING);
        assertThat(BuildStatus.ofResult("UNSTABLE").verdict()).isEqualTo(Verdict.FAILING);
        assertThat(BuildStatus.ofResult("ABORTED").verdict()).isEqualTo(Verdict.FAILING);
        assertThat(BuildStatus.ofResult("NOT_BUILT").verdict()).isEqualTo(Verdict.FAILING);
        assertThat(BuildStatus.ofResult("SOMETHING_NEW")).isEqualTo(BuildStatus.FAILURE);
    }
}
