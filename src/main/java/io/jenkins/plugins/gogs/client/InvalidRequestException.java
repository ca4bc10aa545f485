package io.jenkins.plugins.gogs.client;

/**
 * HTTP 422 (and 400, 415): Gogs refused the request's content; {@link #detail()} carries Gogs' own message, such as
 * "access token already exists: ..." or a field validation error.
 */
public class InvalidRequestException extends GogsException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String method, String path, int status, String detail) {
        super(method, path, status, "Invalid request", detail, null);
    }
}
