package io.jenkins.plugins.gogs.notify;

import hudson.Extension;
import io.jenkins.plugins.gogs.events.HookEvents;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.webhook.GogsHookEvents;
import java.util.Set;
import jenkins.scm.api.trait.SCMTrait;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A source that takes rebuild requests needs comments from Gogs: its repository's hook delivers them too. */
@Extension
@Restricted(NoExternalUse.class)
public class RebuildHookEvents extends GogsHookEvents {

    @Override
    public Set<String> eventsFor(GogsSCMSource source) {
        return SCMTrait.find(source.getTraits(), GogsRebuildCommentTrait.class) == null
                ? Set.of()
                : Set.of(HookEvents.ISSUE_COMMENT);
    }
}
