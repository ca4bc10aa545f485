package io.jenkins.plugins.gogs.client;

/**
 * HTTP 404: it does not exist, or the credential may not see it. Gogs answers both the same way (a private
 * repository looks exactly like a missing one), so the message says both.
 */
public class NotFoundOrNoAccessException extends GogsException {

    private static final long serialVersionUID = 1L;

    public NotFoundOrNoAccessException(String method, String path, int status, String detail) {
        super(
                method,
                path,
                status,
                "Not found or no access (it does not exist, or the credential cannot see it)",
                detail,
                null);
    }
}
