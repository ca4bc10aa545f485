package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.Organization;
import io.jenkins.plugins.gogs.client.model.Team;
import io.jenkins.plugins.gogs.client.model.User;
import java.util.List;

/** Organizations and their teams. (Their repositories: {@link ReposApi#ofOrg(String)}.) */
public final class OrgsApi {

    private final ApiCaller caller;

    OrgsApi(ApiCaller caller) {
        this.caller = caller;
    }

    public Organization get(String org) {
        return caller.call(ApiRequest.get(ApiPath.of("orgs").segment(org)), Organization.class);
    }

    /**
     * The organization's teams with their permission. Gogs 0.14 tells neither which repositories a team other than
     * the Owners team covers, nor (except to site admins, see {@link #teamMembers(long)}) who is in it.
     */
    public List<Team> teams(String org) {
        return caller.call(
                ApiRequest.get(ApiPath.of("orgs").segment(org).segment("teams")), new TypeReference<List<Team>>() {});
    }

    /** The members of a team; Gogs answers only site admins ({@link ForbiddenException} for everyone else). */
    public List<User> teamMembers(long teamId) {
        return caller.call(
                ApiRequest.get(ApiPath.of("admin", "teams").segment(teamId).segment("members")),
                new TypeReference<List<User>>() {});
    }
}
