package io.jenkins.plugins.gogs.client;

/**
 * Told about every HTTP exchange, after it ended; for request counting, metrics and tests. Called on the thread that
 * made the request (possibly one of the client's page-fetching threads), so implementations must be thread-safe and
 * quick. An exception thrown here is ignored.
 */
@FunctionalInterface
public interface RequestListener {
    void exchanged(RequestEvent event);
}
