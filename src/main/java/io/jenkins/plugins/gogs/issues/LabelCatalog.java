package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.model.Label;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The labels of one repository, found by name: the exact name first, else the one label whose name differs only in
 * case (Gogs allows "Bug" and "bug" side by side; then only the exact name finds either).
 */
@Restricted(NoExternalUse.class)
final class LabelCatalog {

    private final RepositoryName repository;
    private final List<Label> labels;

    LabelCatalog(RepositoryName repository, List<Label> labels) {
        this.repository = repository;
        this.labels = List.copyOf(labels);
    }

    Optional<Label> find(String name) {
        return Label.named(labels, name);
    }

    /** The names no label matches, ignoring case (the filter's rule). */
    List<String> unknownIgnoringCase(List<String> names) {
        return names.stream()
                .filter(n -> labels.stream().noneMatch(l -> l.name().equalsIgnoreCase(n)))
                .toList();
    }

    List<String> unknown(List<String> names) {
        return names.stream().filter(n -> find(n).isEmpty()).toList();
    }

    /** "no label named 'x' in o/r (labels: a, b)", with an optional hint appended. */
    IssueException unknownError(List<String> names, String hint) {
        String quoted = names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        String existing = labels.isEmpty()
                ? Messages.LabelCatalog_NoLabels()
                : Messages.LabelCatalog_Existing(
                        labels.stream().map(Label::name).collect(Collectors.joining(", ")));
        String sentence = names.size() == 1
                ? Messages.LabelCatalog_UnknownLabel(quoted, repository, existing)
                : Messages.LabelCatalog_UnknownLabels(quoted, repository, existing);
        return new IssueException(hint == null ? sentence : Messages.LabelCatalog_WithHint(sentence, hint));
    }
}
