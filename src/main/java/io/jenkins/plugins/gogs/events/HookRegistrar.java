package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.client.ForbiddenException;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.HooksApi;
import io.jenkins.plugins.gogs.client.NotFoundOrNoAccessException;
import io.jenkins.plugins.gogs.client.UnauthenticatedException;
import io.jenkins.plugins.gogs.client.UnreachableException;
import io.jenkins.plugins.gogs.client.model.Hook;
import io.jenkins.plugins.gogs.client.model.HookEdit;
import io.jenkins.plugins.gogs.client.model.NewHook;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Carries out {@link HookPlanner}'s plans with a repository's hooks API: reads the hooks, plans, and sends the
 * creates, patches and deletes in the plan's order. Running it again changes nothing once the repository has
 * exactly the plugin's hook. Every call needs admin rights on the repository; failures are Gogs' exceptions,
 * which {@link #explain} turns into a sentence for the admin.
 */
@Restricted(NoExternalUse.class)
public final class HookRegistrar {

    private HookRegistrar() {}

    /**
     * What a run did, one line per step for the log; {@code changed} is false when Gogs was left as it was;
     * {@code hookId} is the id of the plugin's hook afterwards (null when none is left).
     */
    public record Report(List<String> steps, boolean changed, Long hookId) {
        public Report {
            steps = List.copyOf(steps);
        }
    }

    /**
     * Makes the repository carry exactly one hook of the plugin, as desired. {@code secret} (may be null or empty
     * for none) goes only into a hook that is created: Gogs can neither show nor change the secret of an existing
     * one, hence {@code secretStatus}.
     */
    public static Report ensure(HooksApi hooks, DesiredHook desired, String secret, SecretStatus secretStatus) {
        return apply(hooks, HookPlanner.plan(existing(hooks), desired, secretStatus), secret);
    }

    /** Deletes every hook of the plugin at {@code endpointUrl}; call it when no item uses the repository any more. */
    public static Report remove(HooksApi hooks, String endpointUrl) {
        return apply(hooks, HookPlanner.planRemoval(existing(hooks), endpointUrl), null);
    }

    /** GET .../hooks as the records the planner takes. */
    static List<ExistingHook> existing(HooksApi hooks) {
        List<ExistingHook> found = new ArrayList<>();
        for (Hook hook : hooks.list()) {
            found.add(new ExistingHook(
                    hook.id(), hook.type(), hook.url(), hook.contentType(), Set.copyOf(hook.events()), hook.active()));
        }
        return found;
    }

    private static Report apply(HooksApi hooks, HookPlan plan, String secret) {
        List<String> done = new ArrayList<>();
        Long kept = null;
        for (HookAction action : plan.actions()) {
            if (action instanceof HookAction.Create create) {
                Hook created = hooks.create(NewHook.json(
                        create.hook().url(), secret, sorted(create.hook().events())));
                kept = created.id();
                done.add("created hook " + created.id() + " at " + create.hook().url());
            } else if (action instanceof HookAction.Update update) {
                DesiredHook hook = update.hook();
                hooks.edit(update.hookId(), new HookEdit(hook.url(), hook.contentType(), sorted(hook.events()), true));
                kept = update.hookId();
                done.add("updated hook " + update.hookId() + " (" + update.why() + ")");
            } else if (action instanceof HookAction.Delete delete) {
                hooks.delete(delete.hookId());
                done.add("deleted hook " + delete.hookId() + ": " + delete.why());
            } else if (action instanceof HookAction.Keep keep) {
                kept = keep.hookId();
                done.add("hook " + keep.hookId() + " is up to date");
            }
        }
        return new Report(done, !plan.changesNothing(), kept);
    }

    /**
     * What a failed registration means for the admin, naming the repository and, where it helps, the credentials
     * (by id: {@code credentialsId} is never a secret).
     */
    public static String explain(GogsException failure, RepositoryKey repository, String credentialsId) {
        String who = credentialsId == null
                ? Messages.HookRegistrar_Anonymous()
                : Messages.HookRegistrar_Credentials(credentialsId);
        if (failure instanceof ForbiddenException) {
            return Messages.HookRegistrar_Forbidden(who, repository.fullName());
        }
        if (failure instanceof NotFoundOrNoAccessException) {
            return Messages.HookRegistrar_NotFound(repository.fullName(), who);
        }
        if (failure instanceof UnauthenticatedException) {
            return Messages.HookRegistrar_Unauthenticated(who, repository.fullName());
        }
        if (failure instanceof UnreachableException) {
            return Messages.HookRegistrar_Unreachable(
                    repository.serverUrl(), repository.fullName(), failure.getMessage());
        }
        return Messages.HookRegistrar_Failed(repository.fullName(), failure.getMessage());
    }

    private static List<String> sorted(Set<String> events) {
        return List.copyOf(new TreeSet<>(events));
    }
}
