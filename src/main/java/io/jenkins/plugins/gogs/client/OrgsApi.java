package io.jenkins.plugins.gogs.client;

import io.jenkins.plugins.gogs.client.model.Organization;

/** Organizations. (Their repositories: {@link ReposApi#ofOrg(String)}.) */
public final class OrgsApi {

    private final ApiCaller caller;

    OrgsApi(ApiCaller caller) {
        this.caller = caller;
    }

    public Organization get(String org) {
        return caller.call(ApiRequest.get(ApiPath.of("orgs").segment(org)), Organization.class);
    }
}
