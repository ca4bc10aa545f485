package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.client.ServerUrl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Plans how to bring a repository's hooks to exactly one hook of the plugin, without calling Gogs. The plugin's
 * hooks are the {@code gogs}-type hooks whose URL is the desired URL or one of its former URLs (compared in
 * canonical form); hooks of other types or URLs belong to someone else and are never touched.
 * <ul>
 *   <li>none: create one;</li>
 *   <li>one or more: keep the first one already as desired (else the oldest) and delete the others, since each
 *       would deliver every event again;</li>
 *   <li>the kept one differs in events, content type, active flag or URL (another spelling, or a former URL of
 *       the plugin): patch it, which keeps its secret;</li>
 *   <li>{@link SecretStatus#CHANGED}: a secret cannot be patched or read back, so create a new hook and delete
 *       all the old ones.</li>
 * </ul>
 */
@Restricted(NoExternalUse.class)
public final class HookPlanner {

    private HookPlanner() {}

    public static HookPlan plan(List<ExistingHook> existing, DesiredHook desired, SecretStatus secret) {
        List<ExistingHook> ours = ours(existing, urls(desired.url(), desired.formerUrls()));
        List<HookAction> actions = new ArrayList<>();
        if (ours.isEmpty() || secret == SecretStatus.CHANGED) {
            actions.add(new HookAction.Create(desired));
            ours.forEach(hook -> actions.add(
                    new HookAction.Delete(hook.id(), "hook " + hook.id() + " was registered with an outdated secret")));
            return new HookPlan(actions);
        }
        ExistingHook keeper = ours.stream()
                .filter(hook -> differences(hook, desired).isEmpty())
                .findFirst()
                .orElse(ours.get(0));
        Optional<String> differences = differences(keeper, desired);
        actions.add(
                differences.isEmpty()
                        ? new HookAction.Keep(keeper.id())
                        : new HookAction.Update(keeper.id(), desired, differences.get()));
        for (ExistingHook hook : ours) {
            if (hook.id() != keeper.id()) {
                actions.add(new HookAction.Delete(
                        hook.id(), "hook " + hook.id() + " duplicates hook " + keeper.id() + " at " + desired.url()));
            }
        }
        return new HookPlan(actions);
    }

    /**
     * Deletes every hook of the plugin at {@code endpointUrl} or one of its former URLs. Call it only when no
     * Jenkins item uses the repository any more: one hook serves all items built from the repository.
     */
    public static HookPlan planRemoval(List<ExistingHook> existing, String endpointUrl) {
        List<HookAction> actions = new ArrayList<>();
        ours(existing, urls(endpointUrl, HookEndpoint.formerUrls(endpointUrl)))
                .forEach(hook ->
                        actions.add(new HookAction.Delete(hook.id(), "no Jenkins item uses the repository any more")));
        return new HookPlan(actions);
    }

    private static List<String> urls(String url, Set<String> formerUrls) {
        List<String> urls = new ArrayList<>();
        urls.add(url);
        urls.addAll(formerUrls);
        return urls;
    }

    /** The plugin's hooks at these URLs, oldest (lowest id) first. */
    private static List<ExistingHook> ours(List<ExistingHook> existing, List<String> urls) {
        return existing.stream()
                .filter(hook -> hook.type() == null || hook.type().isEmpty() || "gogs".equals(hook.type()))
                .filter(hook -> urls.stream().anyMatch(url -> sameUrl(hook.url(), url)))
                .sorted(Comparator.comparingLong(ExistingHook::id))
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }

    private static Optional<String> differences(ExistingHook hook, DesiredHook desired) {
        List<String> found = new ArrayList<>();
        if (!hook.events().equals(desired.events())) {
            found.add("events " + new TreeSet<>(hook.events()) + " instead of " + new TreeSet<>(desired.events()));
        }
        if (!desired.contentType().equals(hook.contentType())) {
            found.add("content type " + hook.contentType() + " instead of " + desired.contentType());
        }
        if (!hook.active()) {
            found.add("inactive");
        }
        if (!sameUrl(hook.url(), desired.url())) {
            found.add("at the former URL " + hook.url());
        } else if (!desired.url().equals(hook.url())) {
            found.add("URL spelled " + hook.url());
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found));
    }

    private static boolean sameUrl(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        try {
            return ServerUrl.normalize(a).equals(ServerUrl.normalize(b));
        } catch (IllegalArgumentException notHttp) {
            return a.strip().equals(b.strip());
        }
    }
}
