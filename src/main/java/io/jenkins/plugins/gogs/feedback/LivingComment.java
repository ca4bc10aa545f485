package io.jenkins.plugins.gogs.feedback;

import io.jenkins.plugins.gogs.client.CommentsApi;
import io.jenkins.plugins.gogs.client.model.Comment;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Keeps one comment of the plugin on a pull request: created at the first report, edited in place by every later one.
 * The plugin's comment is the one that carries its marker ({@link HiddenState}) and was written by the token's own
 * user, so a quote or copy by someone else is never taken for it. When it has been deleted, it is created again once;
 * deleted a second time, it stays deleted (the plugin does not fight a person who does not want it).
 */
@Restricted(NoExternalUse.class)
public final class LivingComment {

    /** What a report did to the comment. */
    public enum Outcome {
        CREATED,
        UPDATED,
        RECREATED,
        LEFT_DELETED
    }

    /**
     * @param commentId the comment written, null when left deleted
     * @param memory    what to remember for the next report
     * @param history   the builds the comment shows now
     */
    public record Result(Outcome outcome, Long commentId, CommentMemory memory, FeedbackHistory history) {}

    private LivingComment() {}

    /**
     * Adds the report to the pull request's comment: one listing of the pull request's comments, then one edit or
     * one create. {@code self} is the token user's name (Gogs compares user names ignoring case).
     */
    public static Result report(
            CommentsApi comments, long pullRequest, String self, CommentMemory memory, BuildReport report) {
        Optional<Comment> ours = find(comments.list(pullRequest), self, memory);
        if (ours.isPresent()) {
            Comment comment = ours.get();
            FeedbackHistory history = HiddenState.read(comment.body())
                    .orElse(FeedbackHistory.empty())
                    .with(report);
            comments.edit(comment.id(), CommentRenderer.render(history));
            return new Result(
                    Outcome.UPDATED, comment.id(), new CommentMemory(comment.id(), memory.recreated()), history);
        }
        FeedbackHistory history = FeedbackHistory.empty().with(report);
        if (memory.recreatedOnce()) {
            return new Result(Outcome.LEFT_DELETED, null, memory, history);
        }
        boolean recreating = memory.commentId() != null;
        Comment created = comments.create(pullRequest, CommentRenderer.render(history));
        return new Result(
                recreating ? Outcome.RECREATED : Outcome.CREATED,
                created.id(),
                new CommentMemory(created.id(), recreating),
                history);
    }

    /** The plugin's comment: the remembered one if it is still there, else the oldest marked one by {@code self}. */
    static Optional<Comment> find(List<Comment> comments, String self, CommentMemory memory) {
        List<Comment> ours = comments.stream()
                .filter(c -> c.user() != null && self.equalsIgnoreCase(c.user().username()))
                .filter(c -> HiddenState.isMarked(c.body()))
                .toList();
        if (memory.commentId() != null) {
            Optional<Comment> remembered =
                    ours.stream().filter(c -> c.id() == memory.commentId()).findFirst();
            if (remembered.isPresent()) {
                return remembered;
            }
        }
        return ours.stream().min(Comparator.comparingLong(Comment::id));
    }
}
