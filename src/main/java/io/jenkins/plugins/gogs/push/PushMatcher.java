package io.jenkins.plugins.gogs.push;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Decides, from a job's git configurations, what a push means for it. A configuration <em>points at</em> the pushed
 * repository when one of its remotes names it ({@link ServerLocations}) and it has not opted out of commit
 * notifications; its branch specifiers then decide ({@link BranchSpecs}).
 */
@Restricted(NoExternalUse.class)
public final class PushMatcher {

    private PushMatcher() {}

    /**
     * For a job with the push trigger, in this order: a remote must name the repository; a tag builds only with
     * tags on; a branch specifier must select the branch or tag; the branch filter must let its name pass; the head
     * commit's message must hold no skip phrase.
     */
    public static PushDecision forTrigger(
            PushedRef push, ServerLocations locations, Collection<GitConfig> configs, PushTriggerOptions options) {
        List<GitConfig> pointing = pointingAt(push, locations, configs);
        if (pointing.isEmpty()) {
            return new PushDecision.Skip("no git remote of the job names " + push.repository());
        }
        if (push.isTag() && !options.buildTags()) {
            return new PushDecision.Skip(
                    "tag " + push.ref().name() + " was pushed, and the trigger does not build tags");
        }
        Optional<PushDecision.Build> selected = selected(push, locations, pointing);
        if (selected.isEmpty()) {
            return new PushDecision.Skip(
                    "no branch specifier of the job selects " + push.ref().fullName());
        }
        if (!options.branchFilter().accepts(push.ref().name())) {
            return new PushDecision.Skip(
                    "the trigger's branch filter leaves out " + push.ref().name());
        }
        Optional<String> phrase = options.skipPhrases().foundIn(push.headMessage());
        if (phrase.isPresent()) {
            return new PushDecision.Skip("the head commit's message contains " + phrase.get());
        }
        return selected.get();
    }

    /**
     * For a job that polls its SCM with post-commit hooks honoured (and no push trigger): whether the push should
     * make it poll at once, as the git plugin's {@code notifyCommit} decides: a remote names the repository and a
     * branch specifier selects the branch or tag (or holds a variable, which only polling can resolve).
     */
    public static boolean forPolling(PushedRef push, ServerLocations locations, Collection<GitConfig> configs) {
        return selected(push, locations, pointingAt(push, locations, configs)).isPresent();
    }

    /**
     * The repositories on the given servers that the configurations' remotes name (configurations that opted out of
     * commit notifications left out), in the order of the remotes: the hooks a job with the push trigger needs.
     */
    public static Set<RepositoryKey> repositories(Collection<GitConfig> configs, Collection<ServerLocations> servers) {
        Set<RepositoryKey> found = new LinkedHashSet<>();
        for (GitConfig config : configs) {
            if (config.ignoresNotifications()) {
                continue;
            }
            for (GitConfig.Remote remote : config.remotes()) {
                servers.stream()
                        .map(server -> server.repositoryOf(remote.url()))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    private static List<GitConfig> pointingAt(
            PushedRef push, ServerLocations locations, Collection<GitConfig> configs) {
        List<GitConfig> pointing = new ArrayList<>();
        for (GitConfig config : configs) {
            if (!config.ignoresNotifications()
                    && config.remotes().stream().anyMatch(r -> locations.names(r.url(), push.repository()))) {
                pointing.add(config);
            }
        }
        return pointing;
    }

    /**
     * The first remote naming the repository whose configuration selects the pushed ref with a plain specifier; else
     * the first whose configuration has a specifier with a variable (then not the exact revision); else empty.
     */
    private static Optional<PushDecision.Build> selected(
            PushedRef push, ServerLocations locations, List<GitConfig> pointing) {
        PushDecision.Build parameterized = null;
        for (GitConfig config : pointing) {
            for (GitConfig.Remote remote : config.remotes()) {
                if (!locations.names(remote.url(), push.repository())) {
                    continue;
                }
                for (String spec : config.branchSpecs()) {
                    if (BranchSpecs.isParameterized(spec)) {
                        if (parameterized == null) {
                            parameterized = new PushDecision.Build(remote.url(), false);
                        }
                    } else if (selects(spec, remote.name(), push)) {
                        return Optional.of(new PushDecision.Build(remote.url(), true));
                    }
                }
            }
        }
        return Optional.ofNullable(parameterized);
    }

    private static boolean selects(String spec, String remoteName, PushedRef push) {
        return push.isTag()
                ? BranchSpecs.matchesTag(spec, push.ref().name())
                : BranchSpecs.matchesBranch(spec, remoteName, push.ref().name());
    }
}
