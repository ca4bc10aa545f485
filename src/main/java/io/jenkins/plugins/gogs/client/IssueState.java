package io.jenkins.plugins.gogs.client;

/** Which issues to list. Gogs knows only open and closed; {@link #ALL} is both listings merged by the client. */
public enum IssueState {
    OPEN,
    CLOSED,
    ALL
}
