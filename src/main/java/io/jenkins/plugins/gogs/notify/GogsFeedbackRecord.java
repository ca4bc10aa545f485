package io.jenkins.plugins.gogs.notify;

import hudson.model.InvisibleAction;
import io.jenkins.plugins.gogs.feedback.CommentMemory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Kept with a build: which comment it wrote on each pull request, and whether that comment replaced a deleted one.
 * The next build of the job reads it after a restart of Jenkins, so a comment deleted twice stays deleted.
 */
@Restricted(NoExternalUse.class)
public class GogsFeedbackRecord extends InvisibleAction {

    private final Map<Long, Long> comments = new HashMap<>();
    private final Set<Long> recreated = new HashSet<>();

    synchronized Optional<CommentMemory> memoryOf(long pullRequest) {
        Long comment = comments.get(pullRequest);
        return comment == null
                ? Optional.empty()
                : Optional.of(new CommentMemory(comment, recreated.contains(pullRequest)));
    }

    synchronized void remember(long pullRequest, CommentMemory memory) {
        if (memory.commentId() == null) {
            return;
        }
        comments.put(pullRequest, memory.commentId());
        if (memory.recreated()) {
            recreated.add(pullRequest);
        } else {
            recreated.remove(pullRequest);
        }
    }
}
