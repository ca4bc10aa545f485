package io.jenkins.plugins.gogs.client;

/**
 * The server answered, but not as Gogs does: a body that is not the expected JSON (malformed, or an HTML page from
 * a proxy or a wrong URL), a redirect, or a status the client has no meaning for.
 */
public class UnexpectedResponseException extends GogsException {

    private static final long serialVersionUID = 1L;

    public UnexpectedResponseException(String method, String path, int status, String detail) {
        super(method, path, status, "Unexpected response from the server", detail, null);
    }
}
