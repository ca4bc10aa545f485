package io.jenkins.plugins.gogs.issues;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * An issue operation that failed, with a message written for the pipeline author (what failed, in which repository,
 * what to do). The message never contains a secret; it is meant to be shown as it is, without a stack trace.
 */
@Restricted(NoExternalUse.class)
public class IssueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IssueException(String message) {
        super(message);
    }

    public IssueException(String message, Throwable cause) {
        super(message, cause);
    }
}
