package io.jenkins.plugins.gogs.issues;

/**
 * An issue operation that failed, with a message written for the pipeline author (what failed, in which repository,
 * what to do). The message never contains a secret; it is meant to be shown as it is, without a stack trace.
 */
public class IssueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IssueException(String message) {
        super(message);
    }

    public IssueException(String message, Throwable cause) {
        super(message, cause);
    }
}
