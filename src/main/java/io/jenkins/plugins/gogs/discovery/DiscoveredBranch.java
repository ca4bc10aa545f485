package io.jenkins.plugins.gogs.discovery;

import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A branch and the commit at its tip. The name may contain '/' and any letters git allows. */
@Restricted(NoExternalUse.class)
public record DiscoveredBranch(String name, String sha) {

    public DiscoveredBranch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha, "sha");
    }
}
