package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.Label;
import io.jenkins.plugins.gogs.client.model.NewLabel;
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

    public Label create(NewLabel label) {
        return caller.call(ApiRequest.of("POST", repo.path("labels"), label), Label.class);
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
