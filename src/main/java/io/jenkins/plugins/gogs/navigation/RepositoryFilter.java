package io.jenkins.plugins.gogs.navigation;

import io.jenkins.plugins.gogs.client.model.Repository;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Which of an owner's repositories an organization folder leaves out. (Gogs 0.14 has no archived repositories, so
 * there is nothing to exclude for that.)
 */
@Restricted(NoExternalUse.class)
public record RepositoryFilter(boolean excludeForks, boolean excludeMirrors, boolean excludeEmpty) {

    public static final RepositoryFilter NONE = new RepositoryFilter(false, false, false);

    /** Why the repository is left out, or null when it is kept. */
    public String exclusionReason(Repository repository) {
        List<String> reasons = new ArrayList<>();
        if (excludeForks && repository.fork()) {
            reasons.add(Messages.RepositoryFilter_Fork());
        }
        if (excludeMirrors && repository.mirror()) {
            reasons.add(Messages.RepositoryFilter_Mirror());
        }
        if (excludeEmpty && repository.empty()) {
            reasons.add(Messages.RepositoryFilter_Empty());
        }
        return reasons.isEmpty() ? null : String.join(", ", reasons);
    }
}
