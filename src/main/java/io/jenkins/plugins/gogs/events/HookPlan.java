package io.jenkins.plugins.gogs.events;

import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The steps that bring a repository's hooks to the desired state. Deletions come last, so that replacing a hook
 * never leaves a moment without one.
 */
@Restricted(NoExternalUse.class)
public record HookPlan(List<HookAction> actions) {

    public HookPlan {
        actions = List.copyOf(actions);
    }

    /** True when Gogs already has exactly the desired hook: no request to send. */
    public boolean changesNothing() {
        return actions.stream().allMatch(HookAction.Keep.class::isInstance);
    }

    public <T extends HookAction> List<T> actionsOf(Class<T> kind) {
        return actions.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
