package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.client.model.NewLabel;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Label names to Gogs labels of one repository, creating the missing ones only when asked. */
@Restricted(NoExternalUse.class)
final class LabelResolver {

    private final RepoApi repo;
    private final RepositoryName repository;
    private final Failures failures;

    LabelResolver(RepoApi repo, RepositoryName repository, Failures failures) {
        this.repo = repo;
        this.repository = repository;
        this.failures = failures;
    }

    /**
     * The labels of these names, in the same order.
     *
     * @throws IssueException naming the unknown labels and the existing ones, unless {@code create}
     */
    List<Label> resolve(List<String> names, boolean create, String color) {
        return resolve(names, create, color, Messages.LabelResolver_CreateLabelsHint());
    }

    /** Known labels only; for removing, where creating makes no sense. */
    List<Label> existing(List<String> names) {
        return resolve(names, false, null, null);
    }

    private List<Label> resolve(List<String> names, boolean create, String color, String hint) {
        if (names.isEmpty()) {
            return List.of();
        }
        String labelColor = LabelColors.parse(color);
        LabelCatalog catalog = new LabelCatalog(
                repository,
                failures.run(
                        Messages.Action_ListLabels(), null, () -> repo.labels().list()));
        List<String> unknown = catalog.unknown(names);
        if (!unknown.isEmpty() && !create) {
            throw catalog.unknownError(unknown, hint);
        }
        List<Label> labels = new ArrayList<>();
        for (String name : names) {
            labels.add(catalog.find(name)
                    .orElseGet(() -> failures.run(
                            Messages.Action_CreateLabel(name),
                            null,
                            () -> repo.labels().create(new NewLabel(name, labelColor)))));
        }
        return labels;
    }

    static List<Long> ids(List<Label> labels) {
        return labels.stream().map(Label::id).distinct().toList();
    }
}
