package io.jenkins.plugins.gogs.feedback;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the plugin remembers about its comment on one pull request, so that a comment someone deleted is recreated
 * once and then left alone.
 *
 * @param commentId the id of the comment the plugin last wrote, null before the first
 * @param recreated whether the plugin already recreated a deleted comment
 */
@Restricted(NoExternalUse.class)
public record CommentMemory(Long commentId, boolean recreated) {

    public static CommentMemory none() {
        return new CommentMemory(null, false);
    }

    /** Whether the remembered comment is one the plugin already recreated: if it is gone, it stays gone. */
    public boolean recreatedOnce() {
        return commentId != null && recreated;
    }
}
