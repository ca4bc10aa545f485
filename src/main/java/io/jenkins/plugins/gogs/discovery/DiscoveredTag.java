package io.jenkins.plugins.gogs.discovery;

import java.time.Instant;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A tag.
 *
 * @param refSha     what the tag ref holds: for an annotated tag the tag object, else the commit (git accepts either
 *                   for a checkout)
 * @param commitSha  the tagged commit: use it for revisions and file probes
 * @param commitTime the tagged commit's author time, as Gogs reports it for tags
 */
@Restricted(NoExternalUse.class)
public record DiscoveredTag(String name, String refSha, String commitSha, Instant commitTime) {

    public DiscoveredTag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(refSha, "refSha");
        Objects.requireNonNull(commitSha, "commitSha");
        Objects.requireNonNull(commitTime, "commitTime");
    }

    public boolean annotated() {
        return !refSha.equals(commitSha);
    }
}
