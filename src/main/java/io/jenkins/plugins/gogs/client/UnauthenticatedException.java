package io.jenkins.plugins.gogs.client;

/**
 * HTTP 401: the server did not accept the credential: none was given, the token is wrong or revoked, the password
 * is wrong, or a token was used where Gogs needs a password (the access-token endpoints).
 */
public class UnauthenticatedException extends GogsException {

    private static final long serialVersionUID = 1L;

    public UnauthenticatedException(String method, String path, int status, String detail) {
        super(method, path, status, "Not authenticated (the server did not accept the credential)", detail, null);
    }
}
