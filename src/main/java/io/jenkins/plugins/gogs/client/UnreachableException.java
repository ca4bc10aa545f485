package io.jenkins.plugins.gogs.client;

/**
 * No response: the connection failed or was reset, the host is unknown, TLS failed, or the server did not answer
 * within the timeout. Idempotent requests were already retried when the failure was a connection failure.
 */
public class UnreachableException extends GogsException {

    private static final long serialVersionUID = 1L;

    public UnreachableException(String method, String path, String detail, Throwable cause) {
        super(method, path, 0, "Could not reach the Gogs server", detail, cause);
    }
}
