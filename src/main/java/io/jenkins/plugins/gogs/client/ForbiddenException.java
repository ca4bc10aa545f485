package io.jenkins.plugins.gogs.client;

/**
 * HTTP 403: authenticated, but the user lacks a permission (repository write or admin, organization owner, site
 * admin), or edits someone else's issue or comment.
 */
public class ForbiddenException extends GogsException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String method, String path, int status, String detail) {
        super(method, path, status, "Forbidden (the user lacks the permission)", detail, null);
    }
}
