package io.jenkins.plugins.gogs.feedback;

import io.jenkins.plugins.gogs.client.LabelsApi;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.client.model.NewLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Keeps exactly one of the three status labels on a pull request, and never touches any other label: labels are
 * added and removed one by one (never replaced as a set), so that labels people set in between stay. The wanted
 * label is created in the repository when it is missing. Labels are matched by name, the exact name first, else the
 * one label whose name differs only in case.
 */
@Restricted(NoExternalUse.class)
public final class StatusLabels {

    /** What a report changed: labels created in the repository, added to and removed from the pull request. */
    public record Change(String wanted, boolean createdInRepository, boolean added, List<String> removed) {
        public Change {
            removed = List.copyOf(removed);
        }

        public boolean changedNothing() {
            return !createdInRepository && !added && removed.isEmpty();
        }
    }

    private StatusLabels() {}

    /** Two listings (the repository's labels, the pull request's), then only the changes needed. */
    public static Change apply(LabelsApi labels, long pullRequest, LabelScheme scheme, Verdict verdict) {
        List<Label> inRepository = labels.list();
        String wantedName = scheme.name(verdict);
        Optional<Label> existing = Label.named(inRepository, wantedName);
        Label wanted = existing.orElseGet(() -> labels.create(new NewLabel(wantedName, scheme.color(verdict))));
        List<Label> onPullRequest = labels.ofIssue(pullRequest);
        List<String> removed = new ArrayList<>();
        for (Verdict other : Verdict.values()) {
            if (other == verdict) {
                continue;
            }
            Optional<Label> stale = Label.named(inRepository, scheme.name(other))
                    .filter(label -> label.id() != wanted.id())
                    .filter(label -> onPullRequest.stream().anyMatch(l -> l.id() == label.id()));
            if (stale.isPresent()) {
                labels.removeFromIssue(pullRequest, stale.get().id());
                removed.add(stale.get().name());
            }
        }
        boolean add = onPullRequest.stream().noneMatch(l -> l.id() == wanted.id());
        if (add) {
            labels.addToIssue(pullRequest, List.of(wanted.id()));
        }
        return new Change(wanted.name(), existing.isEmpty(), add, removed);
    }
}
