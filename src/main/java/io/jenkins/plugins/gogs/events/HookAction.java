package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** One step of a {@link HookPlan}, to be carried out with the Gogs hooks API in the order given. */
@Restricted(NoExternalUse.class)
public sealed interface HookAction {

    /** POST a new hook with the desired settings, {@code active: true} and the server's secret. */
    record Create(DesiredHook hook) implements HookAction {}

    /**
     * PATCH hook {@code hookId}: config url and content type, the full event list (Gogs resets omitted events to
     * push only) and {@code active: true}. {@code why} lists what differs.
     */
    record Update(long hookId, DesiredHook hook, String why) implements HookAction {}

    /** DELETE hook {@code hookId}; {@code why} says so in words for the log. */
    record Delete(long hookId, String why) implements HookAction {}

    /** Hook {@code hookId} is already as desired. */
    record Keep(long hookId) implements HookAction {}
}
