package io.jenkins.plugins.gogs.feedback;

import io.jenkins.plugins.gogs.client.ForbiddenException;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.NotFoundOrNoAccessException;
import io.jenkins.plugins.gogs.client.UnauthenticatedException;
import io.jenkins.plugins.gogs.client.UnreachableException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A failed write to Gogs in a few words for the build log: what could not be done, and what to check. */
@Restricted(NoExternalUse.class)
final class FeedbackProblem {

    /** What was being done, for the sentence. */
    enum Action {
        COMMENT,
        LABEL
    }

    private FeedbackProblem() {}

    static String explain(RuntimeException failure, Action action, String serverUrl) {
        String what = action == Action.COMMENT ? Messages.Action_Comment() : Messages.Action_Label();
        if (failure instanceof UnreachableException e) {
            return Messages.Problem_Unreachable(serverUrl, what, detail(e));
        }
        if (failure instanceof UnauthenticatedException) {
            return Messages.Problem_Unauthenticated(what);
        }
        if (failure instanceof ForbiddenException) {
            return action == Action.COMMENT ? Messages.Problem_ForbiddenComment() : Messages.Problem_ForbiddenLabel();
        }
        if (failure instanceof NotFoundOrNoAccessException) {
            return Messages.Problem_NotFound(what);
        }
        if (failure instanceof GogsException e) {
            return Messages.Problem_Failed(what, e.status(), detail(e));
        }
        return Messages.Problem_Failed(what, 0, String.valueOf(failure));
    }

    private static String detail(GogsException e) {
        return e.detail() == null ? e.getMessage() : e.detail();
    }
}
