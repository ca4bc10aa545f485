package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.gogs.client.model.Repository;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists of repositories. (One repository and everything in it: {@link GogsClient#repo(String, String)}.)
 * The lists of a user or organization are complete (Gogs does not paginate them); their {@code permissions} are
 * not reliable (see {@link io.jenkins.plugins.gogs.client.model.Permissions}).
 */
public final class ReposApi {

    /** Gogs' default {@code [api] MAX_RESPONSE_ITEMS}: the largest search page it serves. */
    public static final int SEARCH_PAGE_SIZE = 50;

    private static final TypeReference<List<Repository>> REPOS = new TypeReference<>() {};

    private final ApiCaller caller;
    private final Paginator paginator;

    ReposApi(ApiCaller caller, Paginator paginator) {
        this.caller = caller;
        this.paginator = paginator;
    }

    /** Repositories owned by the user. */
    public List<Repository> ofUser(String username) {
        return caller.call(ApiRequest.get(ApiPath.of("users").segment(username).segment("repos")), REPOS);
    }

    /** Repositories owned by the organization. */
    public List<Repository> ofOrg(String org) {
        return caller.call(ApiRequest.get(ApiPath.of("orgs").segment(org).segment("repos")), REPOS);
    }

    /** The authenticated user's own repositories and those shared with them (collaborations, teams). */
    public List<Repository> ofAuthenticatedUser() {
        return caller.call(ApiRequest.get(ApiPath.of("user", "repos")), REPOS);
    }

    /**
     * Every repository whose name or description contains {@code keyword} and the caller may see, all pages
     * (fetched concurrently), in the server's order; every repository that matches from the start to the end of the
     * call is returned once, even while repositories are created and deleted (see docs/client.md).
     *
     * @param ownerId only repositories of this user or organization id, or 0 for all
     */
    public List<Repository> search(String keyword, long ownerId) {
        return search(keyword, ownerId, SEARCH_PAGE_SIZE);
    }

    /** Like {@link #search(String, long)} with pages of {@code pageSize} (1 to 50) repositories. */
    public List<Repository> search(String keyword, long ownerId, int pageSize) {
        return paginator.all(searchListing(keyword, ownerId, pageSize));
    }

    /** Like {@link #search(String, long, int)}, page by page as the stream is consumed. */
    public Stream<Repository> searchStream(String keyword, long ownerId, int pageSize) {
        ListingSession session = paginator.session();
        return Paginator.stream(session, session.listing(searchListing(keyword, ownerId, pageSize)));
    }

    private static ListingSpec<Repository> searchListing(String keyword, long ownerId, int pageSize) {
        if (pageSize < 1 || pageSize > SEARCH_PAGE_SIZE) {
            throw new IllegalArgumentException("A search page holds 1 to " + SEARCH_PAGE_SIZE + " repositories");
        }
        if (keyword == null || keyword.isBlank()) {
            // Gogs searches for path.Base("") = "." then, which matches almost nothing: refuse rather than mislead.
            throw new IllegalArgumentException("A repository search needs a keyword");
        }
        ApiRequest request = ApiRequest.get(ApiPath.of("repos", "search"))
                .withQuery("q", keyword.strip())
                .withQuery("uid", ownerId > 0 ? ownerId : null);
        // Gogs gives no order (no ORDER BY); the database's is kept.
        return new ListingSpec<>(request, ReposApi::parseSearch, Repository::id, pageSize, SEARCH_PAGE_SIZE, null);
    }

    /** Search answers {@code {"ok": true, "data": [...]}}; {@code ok: false} carries an error. */
    private static List<Repository> parseSearch(byte[] body) throws IOException {
        JsonNode root = JsonCodec.tree(body);
        if (!root.path("ok").asBoolean(false)) {
            throw new IOException("search failed: " + root.path("error").asText("no data"));
        }
        return JsonCodec.MAPPER.readerFor(REPOS).readValue(root.path("data"));
    }
}
