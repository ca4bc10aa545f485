package io.jenkins.plugins.gogs.notify;

import io.jenkins.plugins.gogs.feedback.LabelScheme;
import io.jenkins.plugins.gogs.feedback.PullRequestFeedback;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import java.util.Optional;
import jenkins.scm.api.trait.SCMTrait;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What a source's feedback traits ask for: a comment (and whether branch builds report too), status labels (null:
 * none). Empty when the source has neither trait.
 */
@Restricted(NoExternalUse.class)
record FeedbackSettings(boolean comments, boolean branchesToo, LabelScheme labels) {

    static Optional<FeedbackSettings> of(GogsSCMSource source) {
        GogsBuildCommentsTrait comments = SCMTrait.find(source.getTraits(), GogsBuildCommentsTrait.class);
        GogsBuildLabelsTrait labels = SCMTrait.find(source.getTraits(), GogsBuildLabelsTrait.class);
        if (comments == null && labels == null) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackSettings(
                comments != null,
                comments != null && comments.getScope() == CommentScope.PULL_REQUESTS_AND_BRANCHES,
                labels == null ? null : labels.scheme()));
    }

    PullRequestFeedback.Options options() {
        return new PullRequestFeedback.Options(comments, labels);
    }
}
