package io.jenkins.plugins.gogs.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One request under {@code <server>/api/v1} (or, for git's smart HTTP, under {@code <server>}): method, encoded path,
 * query parameters (kept on every page), an optional JSON body and Accept header.
 */
record ApiRequest(String method, String path, Map<String, String> query, Object body, String accept, Root root) {

    /** Where the path starts: the REST API, or the server root where git's smart HTTP serves repositories. */
    enum Root {
        API("/api/v1"),
        GIT("");

        private final String prefix;

        Root(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    ApiRequest {
        query = Map.copyOf(new LinkedHashMap<>(query));
    }

    static ApiRequest get(ApiPath path) {
        return new ApiRequest("GET", path.toString(), Map.of(), null, "application/json", Root.API);
    }

    /** A GET of git's smart HTTP, e.g. {@code /<owner>/<repo>.git/info/refs}. */
    static ApiRequest git(ApiPath path, String accept) {
        return new ApiRequest("GET", path.toString(), Map.of(), null, accept, Root.GIT);
    }

    static ApiRequest of(String method, ApiPath path, Object body) {
        return new ApiRequest(method, path.toString(), Map.of(), body, "application/json", Root.API);
    }

    ApiRequest withQuery(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(name, String.valueOf(value));
        return new ApiRequest(method, path, q, body, accept, root);
    }

    ApiRequest withAccept(String mediaType) {
        return new ApiRequest(method, path, query, body, mediaType, root);
    }

    boolean idempotent() {
        return IDEMPOTENT.contains(method);
    }

    /** The path under the server URL, without query. */
    String fullPath() {
        return root.prefix + path;
    }

    /** Path and query under the server URL, as sent; the query never carries a secret. */
    String target() {
        String fullPath = fullPath();
        if (query.isEmpty()) {
            return fullPath;
        }
        // Sorted, so that the same request always has the same target (Map.copyOf does not keep order).
        return fullPath + "?"
                + query.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> ApiPath.encode(e.getKey()) + "=" + ApiPath.encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }
}
