package io.jenkins.plugins.gogs.feedback;

import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The text of a pull request's build comment, in Gogs Markdown: the hidden marker with the builds, a line for each
 * current build (result, failing stage, commit, duration, links to the build and its console), a table of the earlier
 * builds. Symbols are from the Basic Multilingual Plane only: Gogs on MySQL with its {@code utf8} charset cannot
 * store four-byte characters such as most emoji.
 */
@Restricted(NoExternalUse.class)
public final class CommentRenderer {

    private CommentRenderer() {}

    public static String render(FeedbackHistory history) {
        StringBuilder body = new StringBuilder();
        body.append(HiddenState.marker(history)).append('\n');
        body.append("#### ")
                .append(MarkdownText.escape(Messages.Comment_Heading()))
                .append("\n\n");
        for (BuildReport build : history.current()) {
            body.append(currentLine(build)).append("\n\n");
        }
        List<BuildReport> earlier = history.earlier();
        if (!earlier.isEmpty()) {
            body.append("| ")
                    .append(MarkdownText.escape(Messages.Comment_EarlierBuilds()))
                    .append(" | ")
                    .append(MarkdownText.escape(Messages.Comment_Result()))
                    .append(" | ")
                    .append(MarkdownText.escape(Messages.Comment_Commit()))
                    .append(" | ")
                    .append(MarkdownText.escape(Messages.Comment_Duration()))
                    .append(" |\n|---|---|---|---|\n");
            for (BuildReport build : earlier) {
                body.append("| ")
                        .append(MarkdownText.link(build.job() + " #" + build.number(), build.buildUrl()))
                        .append(" | ")
                        .append(symbol(build.status()))
                        .append(' ')
                        .append(outcome(build))
                        .append(" | ")
                        .append(commit(build, ""))
                        .append(" | ")
                        .append(build.status() == BuildStatus.RUNNING ? "" : DurationText.of(build.durationMillis()))
                        .append(" |\n");
            }
            body.append('\n');
        }
        body.append("<sub>")
                .append(MarkdownText.escape(Messages.Comment_Footer()))
                .append("</sub>\n");
        return body.toString();
    }

    /** {@code ✅ **[PR-3 #7](url) passed** · commit [`1a2b3c4`](url) · 1 min 3 s · [console](url)} */
    private static String currentLine(BuildReport build) {
        StringBuilder line = new StringBuilder();
        line.append(symbol(build.status()))
                .append(" **")
                .append(MarkdownText.link(build.job() + " #" + build.number(), build.buildUrl()))
                .append(' ')
                .append(outcome(build))
                .append("**");
        String commit = commit(build, null);
        if (commit != null) {
            line.append(" · ")
                    .append(MarkdownText.escape(Messages.Comment_CommitLabel()))
                    .append(' ')
                    .append(commit);
        }
        if (build.status() != BuildStatus.RUNNING) {
            line.append(" · ").append(MarkdownText.escape(DurationText.of(build.durationMillis())));
        }
        String console = MarkdownText.safeUrl(build.consoleUrl());
        if (console != null) {
            line.append(" · ").append(MarkdownText.link(Messages.Comment_Console(), console));
        }
        return line.toString();
    }

    /** {@code passed}, {@code failed in stage Test}, ... escaped. */
    private static String outcome(BuildReport build) {
        String verb = MarkdownText.escape(verb(build.status()));
        if (build.failingStage() != null && build.status() != BuildStatus.RUNNING) {
            return verb + " " + MarkdownText.escape(Messages.Comment_InStage(build.failingStage()));
        }
        return verb;
    }

    private static String commit(BuildReport build, String none) {
        String shortSha = build.shortCommit();
        if (shortSha == null || !shortSha.matches("[0-9a-fA-F]+")) {
            return none;
        }
        return MarkdownText.linkMarkdown("`" + shortSha + "`", build.commitUrl());
    }

    static String verb(BuildStatus status) {
        switch (status) {
            case RUNNING:
                return Messages.Status_Running();
            case SUCCESS:
                return Messages.Status_Success();
            case UNSTABLE:
                return Messages.Status_Unstable();
            case FAILURE:
                return Messages.Status_Failure();
            case ABORTED:
                return Messages.Status_Aborted();
            default:
                return Messages.Status_NotBuilt();
        }
    }

    static String symbol(BuildStatus status) {
        switch (status) {
            case RUNNING:
                return "\u23f3"; // hourglass with flowing sand
            case SUCCESS:
                return "\u2705"; // white heavy check mark
            case UNSTABLE:
                return "\u26a0"; // warning sign
            case FAILURE:
                return "\u274c"; // cross mark
            case ABORTED:
                return "\u26d4"; // no entry
            default:
                return "\u2796"; // heavy minus sign
        }
    }
}
