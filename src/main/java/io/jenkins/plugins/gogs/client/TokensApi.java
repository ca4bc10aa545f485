package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.AccessToken;
import java.util.List;
import java.util.Map;

/**
 * The access tokens of the user whose password the client was built with. Gogs serves these endpoints only with
 * HTTP Basic (username and password); a token is refused.
 */
public final class TokensApi {

    private final ApiCaller caller;
    private final GogsCredentials credentials;

    TokensApi(ApiCaller caller, GogsCredentials credentials) {
        this.caller = caller;
        this.credentials = credentials;
    }

    /** The user's tokens; their {@code sha1} is only a hash prefix, not a usable token. */
    public List<AccessToken> list() {
        return caller.call(ApiRequest.get(path()), new TypeReference<List<AccessToken>>() {});
    }

    /**
     * Mints a token; its {@code sha1} is the token itself, shown only this once.
     *
     * @throws InvalidRequestException when the user already has a token of that name
     */
    public AccessToken create(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A token needs a name");
        }
        return caller.call(ApiRequest.of("POST", path(), Map.of("name", name)), AccessToken.class);
    }

    private ApiPath path() {
        if (!credentials.isPassword()) {
            throw new IllegalStateException(
                    "Gogs lists and creates access tokens only for a username and password (HTTP Basic); "
                            + "this client was built with " + credentials);
        }
        // Gogs ignores the name in the path and acts on the Basic-auth user; we send the same name anyway.
        return ApiPath.of("users").segment(credentials.username()).segment("tokens");
    }
}
