package io.jenkins.plugins.gogs.push;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One git configuration of a job (a {@code GitSCM}: the job's own, or one its pipeline checked out): its remotes,
 * its branch specifiers, and whether it opted out of commit notifications (the git plugin's "Don't trigger a build
 * on commit notifications"), in which case pushes do not reach it.
 *
 * @param remotes named as the git plugin names them (see {@link #of})
 * @param branchSpecs the "Branches to build"; none means every branch ({@code **})
 */
@Restricted(NoExternalUse.class)
public record GitConfig(List<Remote> remotes, List<String> branchSpecs, boolean ignoresNotifications) {

    /** A remote: its name ({@code origin}) and URL as written in the job. */
    public record Remote(String name, String url) {}

    public GitConfig {
        remotes = List.copyOf(remotes);
        branchSpecs = branchSpecs.isEmpty() ? List.of("**") : List.copyOf(branchSpecs);
    }

    /**
     * A configuration with remote names fixed up as the git plugin does: a blank name is {@code origin}, a name used
     * before gets a number ({@code origin1}, {@code origin2}...), spaces become underscores.
     */
    public static GitConfig of(List<Remote> remotes, List<String> branchSpecs, boolean ignoresNotifications) {
        Set<String> used = new HashSet<>();
        List<Remote> named = new ArrayList<>();
        for (Remote remote : remotes) {
            String base = remote.name() == null || remote.name().isBlank() ? "origin" : remote.name();
            String name = base;
            for (int i = 1; used.contains(name); i++) {
                name = base + i;
            }
            used.add(name);
            named.add(new Remote(name.replace(' ', '_'), remote.url()));
        }
        return new GitConfig(named, branchSpecs, ignoresNotifications);
    }
}
