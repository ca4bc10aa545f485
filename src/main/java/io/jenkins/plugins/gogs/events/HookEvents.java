package io.jenkins.plugins.gogs.events;

import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The event names a Gogs 0.14 hook can subscribe to, and the ones the plugin's own hook subscribes to. */
@Restricted(NoExternalUse.class)
public final class HookEvents {

    /** Every event Gogs knows; it silently drops any other name from a hook. */
    public static final Set<String> ALL =
            Set.of("create", "delete", "fork", "push", "issues", "pull_request", "issue_comment", "release");

    /** What the plugin needs: branch, tag and pull-request changes, releases (tags made in the UI) and forks. */
    public static final Set<String> FOR_JENKINS = Set.of("create", "delete", "fork", "push", "pull_request", "release");

    /** Comments on issues and pull requests: what a rebuild request arrives as. */
    public static final String ISSUE_COMMENT = "issue_comment";

    private HookEvents() {}
}
