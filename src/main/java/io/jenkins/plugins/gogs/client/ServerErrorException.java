package io.jenkins.plugins.gogs.client;

/**
 * HTTP 5xx: the server failed (Gogs logs the cause on its side). 502/503/504 on idempotent requests were already
 * retried by the time this is thrown.
 */
public class ServerErrorException extends GogsException {

    private static final long serialVersionUID = 1L;

    public ServerErrorException(String method, String path, int status, String detail) {
        super(method, path, status, "Gogs server error", detail, null);
    }
}
