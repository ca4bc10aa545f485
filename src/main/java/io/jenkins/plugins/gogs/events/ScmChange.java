package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What an event means for the heads (branches, tags, pull requests) or repositories Jenkins knows; it maps one to
 * one onto the SCM API's event types.
 */
@Restricted(NoExternalUse.class)
public enum ScmChange {
    CREATED,
    UPDATED,
    REMOVED,
    /** Nothing Jenkins builds changed (issues, comments, pull-request labels and the like). */
    NONE
}
