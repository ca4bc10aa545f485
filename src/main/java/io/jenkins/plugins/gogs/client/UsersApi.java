package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.Organization;
import io.jenkins.plugins.gogs.client.model.User;
import java.util.List;

/** Users and their organizations. */
public final class UsersApi {

    private static final TypeReference<List<Organization>> ORGS = new TypeReference<>() {};

    private final ApiCaller caller;

    UsersApi(ApiCaller caller) {
        this.caller = caller;
    }

    /** The user the credential belongs to; the natural "test connection" call. Needs a token. */
    public User authenticated() {
        return caller.call(ApiRequest.get(ApiPath.of("user")), User.class);
    }

    /** A user by name ({@code email} is empty for anonymous callers). */
    public User get(String username) {
        return caller.call(ApiRequest.get(ApiPath.of("users").segment(username)), User.class);
    }

    /** The organizations the authenticated user belongs to (all memberships). */
    public List<Organization> authenticatedOrgs() {
        return caller.call(ApiRequest.get(ApiPath.of("user", "orgs")), ORGS);
    }

    /** The organizations a user belongs to publicly (a membership is private until the user makes it public). */
    public List<Organization> orgsOf(String username) {
        return caller.call(ApiRequest.get(ApiPath.of("users").segment(username).segment("orgs")), ORGS);
    }
}
