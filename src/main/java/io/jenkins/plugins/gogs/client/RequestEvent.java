package io.jenkins.plugins.gogs.client;

import java.time.Duration;

/**
 * One HTTP exchange the client made (each retry is an exchange of its own).
 *
 * @param method   HTTP method
 * @param target   path and query under the server URL, e.g. {@code /api/v1/repos/a/b/issues?state=open&page=2};
 *                 never contains a secret (the client sends secrets only in headers)
 * @param status   the HTTP status, or 0 when no response came (connection failure, timeout)
 * @param attempt  1 for the first try, 2 for the first retry, ...
 * @param duration from sending the request to having read the whole response (or failing)
 */
public record RequestEvent(String method, String target, int status, int attempt, Duration duration) {}
