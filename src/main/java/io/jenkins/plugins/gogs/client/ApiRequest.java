package io.jenkins.plugins.gogs.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One request under {@code <server>/api/v1}: method, encoded path, query parameters (kept on every page), an optional
 * JSON body and Accept header.
 */
record ApiRequest(String method, String path, Map<String, String> query, Object body, String accept) {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    ApiRequest {
        query = Map.copyOf(new LinkedHashMap<>(query));
    }

    static ApiRequest get(ApiPath path) {
        return new ApiRequest("GET", path.toString(), Map.of(), null, "application/json");
    }

    static ApiRequest of(String method, ApiPath path, Object body) {
        return new ApiRequest(method, path.toString(), Map.of(), body, "application/json");
    }

    ApiRequest withQuery(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(name, String.valueOf(value));
        return new ApiRequest(method, path, q, body, accept);
    }

    ApiRequest withAccept(String mediaType) {
        return new ApiRequest(method, path, query, body, mediaType);
    }

    boolean idempotent() {
        return IDEMPOTENT.contains(method);
    }

    /** Path and query under the server URL, as sent; the query never carries a secret. */
    String target() {
        String fullPath = "/api/v1" + path;
        if (query.isEmpty()) {
            return fullPath;
        }
        // Sorted, so that the same request always has the same target (Map.copyOf does not keep order).
        return fullPath + "?" + query.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> ApiPath.encode(e.getKey()) + "=" + ApiPath.encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
