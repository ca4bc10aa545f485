package io.jenkins.plugins.gogs.indexing;

import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The heads of one scan, in the order they are offered (branches, pull requests, tags), and what the scan log should
 * say about what was left out or guessed.
 */
@Restricted(NoExternalUse.class)
public record HeadPlan(List<PlannedHead> heads, List<String> notes) {

    public HeadPlan {
        heads = List.copyOf(heads);
        notes = List.copyOf(notes);
    }
}
