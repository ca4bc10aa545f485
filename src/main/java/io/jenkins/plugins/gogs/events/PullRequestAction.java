package io.jenkins.plugins.gogs.events;

import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The {@code action} of a pull_request (and issues) event, as Gogs 0.14 names them. */
@Restricted(NoExternalUse.class)
public enum PullRequestAction {
    OPENED,
    CLOSED,
    REOPENED,
    EDITED,
    /** A push to the head branch. */
    SYNCHRONIZED,
    ASSIGNED,
    UNASSIGNED,
    LABEL_UPDATED,
    LABEL_CLEARED,
    MILESTONED,
    DEMILESTONED,
    /** An action this plugin does not know (a newer Gogs); the raw text stays in the event. */
    OTHER;

    public static PullRequestAction of(String action) {
        if (action == null) {
            return OTHER;
        }
        try {
            return valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }
}
