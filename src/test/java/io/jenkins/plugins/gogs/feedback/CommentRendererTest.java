package io.jenkins.plugins.gogs.feedback;

import static io.jenkins.plugins.gogs.feedback.Reports.finished;
import static io.jenkins.plugins.gogs.feedback.Reports.report;
import static io.jenkins.plugins.gogs.feedback.Reports.running;
import static io.jenkins.plugins.gogs.feedback.Reports.sha;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the comment says, and what Gogs makes of it: the text as Gogs 0.14.3 renders it for the pull request page. */
@RealGogs
class CommentRendererTest {

    private static final FeedbackHistory THREE_BUILDS = FeedbackHistory.empty()
            .with(report("PR-3", 5, BuildStatus.SUCCESS, sha("5c4b3a2"), 58_000, null, 100))
            .with(report("PR-3", 6, BuildStatus.FAILURE, sha("9f8e7d6"), 40_000, "Test", 200))
            .with(report("PR-3", 7, BuildStatus.SUCCESS, sha("1a2b3c4"), 63_000, null, 300));

    @Test
    void theCurrentBuildComesFirstWithResultCommitDurationAndLinks() {
        String body = CommentRenderer.render(THREE_BUILDS);

        assertThat(body)
                .startsWith(HiddenState.PREFIX)
                .contains("\u2705 **[PR\\-3 \\#7](http://jenkins.example.com/job/app/job/PR-3/7/) passed**")
                .contains("commit [`1a2b3c4`](http://gogs.example.com/alice/app/commit/1a2b3c4" + "0".repeat(33) + ")")
                .contains("1 min 3 s")
                .contains("[console](http://jenkins.example.com/job/app/job/PR-3/7/console)")
                .contains("| \\u274c failed in stage Test |".replace("\\u274c", "\u274c"))
                .contains("[`9f8e7d6`]")
                .contains("| 40 s |");
        assertThat(body.indexOf("PR\\-3 \\#6")).isLessThan(body.indexOf("PR\\-3 \\#5"));
    }

    @Test
    void theHistoryRidesAlongInTheMarkerAndReadsBackUnchanged() {
        String body = CommentRenderer.render(THREE_BUILDS);

        assertThat(HiddenState.isMarked(body)).isTrue();
        assertThat(HiddenState.read(body)).contains(THREE_BUILDS);
        assertThat(HiddenState.read("Some comment")).isEmpty();
        assertThat(HiddenState.read(HiddenState.PREFIX + "v1:not*base64 -->")).isEmpty();
    }

    @Test
    void aRunningBuildSaysSoAndHasNoDurationYet() {
        String body = CommentRenderer.render(FeedbackHistory.empty().with(running("PR-3", 8, null, 400)));

        assertThat(body)
                .contains("\u23f3 **[PR\\-3 \\#8](")
                .contains(" is running**")
                .doesNotContain(" s ·");
    }

    @Test
    void namesFromJenkinsCannotBreakTheMarkdownOrTheMarkerAndOnlyWebLinksAreLinked() {
        BuildReport hostile = new BuildReport(
                "PR-9",
                1,
                BuildStatus.FAILURE,
                sha("abc"),
                "javascript:alert(1)",
                1_000,
                "http://jenkins.example.com/job/a (b)/1/",
                null,
                "-->**<script>x</script>** | [y](z)",
                1);
        FeedbackHistory history = FeedbackHistory.empty().with(hostile);
        String body = CommentRenderer.render(history);

        assertThat(body)
                .contains("[PR\\-9 \\#1](http://jenkins.example.com/job/a%20%28b%29/1/)")
                .contains("in stage \\-\\-\\>\\*\\*\\<script\\>x\\</script\\>\\*\\* \\| \\[y\\]\\(z\\)")
                .contains("commit `abc0000`")
                .doesNotContain("javascript:");
        assertThat(body.lines().filter(l -> l.contains("-->")).count())
                .as("only the marker ends an HTML comment")
                .isEqualTo(1);
        assertThat(HiddenState.read(body)).contains(history);
    }

    @Test
    void gogsHidesTheMarkerAndShowsTheTextTableAndLinks(GogsServer gogs) {
        String body =
                CommentRenderer.render(THREE_BUILDS.with(finished("PR-3", 8, BuildStatus.ABORTED, sha("77aa"), 900)));

        String html = gogs.http()
                .send("POST", "/api/v1/markdown", Map.of("Text", body, "Context", ""), null)
                .body();

        assertThat(html)
                .doesNotContain("jenkins-gogs-build-feedback")
                .doesNotContain("<!--")
                .contains("<h4>Jenkins</h4>")
                .contains("<a href=\"http://jenkins.example.com/job/app/job/PR-3/8/\"")
                .contains("PR-3 #8</a> was aborted</strong>")
                .contains("<table>")
                .contains("failed in stage Test")
                .contains("<code>9f8e7d6</code>")
                .contains("<sub>Jenkins updates this comment at every build of this pull request.</sub>");
    }
}
