package io.jenkins.plugins.gogs.feedback;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RepoApi;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Reports one build to one pull request: its comment ({@link LivingComment}) and its status label
 * ({@link StatusLabels}), each on its own, so that one failing does not stop the other. Nothing here throws for a
 * failure of Gogs: the outcome carries one line for the build log either way.
 */
@Restricted(NoExternalUse.class)
public final class PullRequestFeedback {

    /**
     * What to report: {@code comments} keeps the living comment; {@code labels} (null: none) keeps a status label.
     */
    public record Options(boolean comments, LabelScheme labels) {}

    /** What happened: one line for the build log, whether it was all done, and what to remember for the next time. */
    public record Outcome(String line, boolean failed, CommentMemory memory) {}

    private PullRequestFeedback() {}

    public static Outcome report(
            GogsClient client,
            String owner,
            String repository,
            long number,
            String self,
            CommentMemory memory,
            BuildReport report,
            Options options) {
        RepoApi repo = client.repo(owner, repository);
        List<String> done = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CommentMemory remembered = memory;
        Verdict verdict = report.status().verdict();
        if (options.comments()) {
            try {
                LivingComment.Result result = LivingComment.report(repo.comments(), number, self, memory, report);
                remembered = result.memory();
                verdict = result.history().verdict();
                done.add(commentPart(result));
            } catch (RuntimeException e) {
                problems.add(FeedbackProblem.explain(e, FeedbackProblem.Action.COMMENT, client.serverUrl()));
            }
        }
        if (options.labels() != null) {
            try {
                StatusLabels.Change change = StatusLabels.apply(repo.labels(), number, options.labels(), verdict);
                done.add(
                        change.changedNothing()
                                ? Messages.Report_LabelKept(change.wanted())
                                : Messages.Report_LabelSet(change.wanted()));
            } catch (RuntimeException e) {
                problems.add(FeedbackProblem.explain(e, FeedbackProblem.Action.LABEL, client.serverUrl()));
            }
        }
        if (problems.isEmpty()) {
            return new Outcome(
                    Messages.Report_Done(String.valueOf(number), String.join(", ", done)), false, remembered);
        }
        List<String> all = new ArrayList<>(done);
        all.addAll(problems);
        return new Outcome(Messages.Report_Failed(String.valueOf(number), String.join("; ", all)), true, remembered);
    }

    private static String commentPart(LivingComment.Result result) {
        switch (result.outcome()) {
            case CREATED:
                return Messages.Report_CommentCreated(String.valueOf(result.commentId()));
            case UPDATED:
                return Messages.Report_CommentUpdated(String.valueOf(result.commentId()));
            case RECREATED:
                return Messages.Report_CommentRecreated(String.valueOf(result.commentId()));
            default:
                return Messages.Report_CommentLeftDeleted();
        }
    }
}
