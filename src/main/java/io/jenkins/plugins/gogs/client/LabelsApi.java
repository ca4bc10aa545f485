package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.client.model.NewLabel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The labels of one repository, and the labels on its issues (changing those needs write access). */
public final class LabelsApi {

    private static final TypeReference<List<Label>> LABELS = new TypeReference<>() {};

    private final ApiCaller caller;
    private final RepoCoordinates repo;

    LabelsApi(ApiCaller caller, RepoCoordinates repo) {
        this.caller = caller;
        this.repo = repo;
    }

    public List<Label> list() {
        return caller.call(ApiRequest.get(repo.path("labels")), LABELS);
    }

    /**
     * Creates a label and returns it with its id. Gogs 0.14 answers the create with id 0 (its bulk insert does not
     * read the new id back), so the client then finds the newest label of that name in the list: one more request.
     */
    public Label create(NewLabel label) {
        Label created = caller.call(ApiRequest.of("POST", repo.path("labels"), label), Label.class);
        if (created.id() != 0) {
            return created;
        }
        return list().stream()
                .filter(l -> l.name().equals(created.name()))
                .max(Comparator.comparingLong(Label::id))
                .orElseThrow(() -> new UnexpectedResponseException(
                        "POST",
                        "/api/v1" + repo.path("labels"),
                        201,
                        "the new label '" + created.name() + "' is not in the repository's labels"));
    }

    public List<Label> ofIssue(long issueNumber) {
        return caller.call(ApiRequest.get(issueLabels(issueNumber)), LABELS);
    }

    /** Adds labels (by id) to those the issue has; returns the issue's labels now. */
    public List<Label> addToIssue(long issueNumber, List<Long> labelIds) {
        return caller.call(ApiRequest.of("POST", issueLabels(issueNumber), Map.of("labels", labelIds)), LABELS);
    }

    /** Sets exactly these labels (by id) on the issue; returns the issue's labels now. */
    public List<Label> replaceOnIssue(long issueNumber, List<Long> labelIds) {
        return caller.call(ApiRequest.of("PUT", issueLabels(issueNumber), Map.of("labels", labelIds)), LABELS);
    }

    public void removeFromIssue(long issueNumber, long labelId) {
        caller.execute(ApiRequest.of("DELETE", issueLabels(issueNumber).segment(labelId), null));
    }

    public void clearOnIssue(long issueNumber) {
        caller.execute(ApiRequest.of("DELETE", issueLabels(issueNumber), null));
    }

    private ApiPath issueLabels(long issueNumber) {
        return repo.path("issues").segment(issueNumber).segment("labels");
    }
}
