package io.jenkins.plugins.gogs.discovery;

import java.util.Objects;

/** A branch and the commit at its tip. The name may contain '/' and any letters git allows. */
public record DiscoveredBranch(String name, String sha) {

    public DiscoveredBranch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha, "sha");
    }
}
