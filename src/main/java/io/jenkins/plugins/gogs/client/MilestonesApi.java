package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.Milestone;
import io.jenkins.plugins.gogs.client.model.NewMilestone;
import java.util.List;

/** The milestones of one repository (Gogs returns all of them, open and closed, in one list). */
public final class MilestonesApi {

    private final ApiCaller caller;
    private final RepoCoordinates repo;

    MilestonesApi(ApiCaller caller, RepoCoordinates repo) {
        this.caller = caller;
        this.repo = repo;
    }

    public List<Milestone> list() {
        return caller.call(ApiRequest.get(repo.path("milestones")), new TypeReference<List<Milestone>>() {});
    }

    public Milestone get(long id) {
        return caller.call(ApiRequest.get(repo.path("milestones").segment(id)), Milestone.class);
    }

    public Milestone create(NewMilestone milestone) {
        return caller.call(ApiRequest.of("POST", repo.path("milestones"), milestone), Milestone.class);
    }
}
