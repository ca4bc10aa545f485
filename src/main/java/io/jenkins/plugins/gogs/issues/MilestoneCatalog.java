package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.model.Milestone;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The milestones of one repository (open and closed), found by title: exact first, else the one ignoring case. */
@Restricted(NoExternalUse.class)
final class MilestoneCatalog {

    private final RepositoryName repository;
    private final List<Milestone> milestones;

    MilestoneCatalog(RepositoryName repository, List<Milestone> milestones) {
        this.repository = repository;
        this.milestones = List.copyOf(milestones);
    }

    Optional<Milestone> find(String title) {
        Optional<Milestone> exact =
                milestones.stream().filter(m -> m.title().equals(title)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Milestone> folded = milestones.stream()
                .filter(m -> m.title().equalsIgnoreCase(title))
                .toList();
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    Milestone require(String title) {
        return find(title).orElseThrow(() -> unknownError(title));
    }

    boolean existsIgnoringCase(String title) {
        return milestones.stream().anyMatch(m -> m.title().equalsIgnoreCase(title));
    }

    /** "no milestone titled 'v2' in o/r (milestones: v1, v1.1)". */
    IssueException unknownError(String title) {
        String existing = milestones.isEmpty()
                ? Messages.MilestoneCatalog_NoMilestones()
                : Messages.MilestoneCatalog_Existing(
                        milestones.stream().map(Milestone::title).collect(Collectors.joining(", ")));
        return new IssueException(Messages.MilestoneCatalog_Unknown(title, repository, existing));
    }
}
