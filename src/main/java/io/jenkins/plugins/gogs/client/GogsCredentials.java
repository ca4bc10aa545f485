package io.jenkins.plugins.gogs.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * How the client authenticates: an access token (the normal case), a username and password (only Gogs' access-token
 * endpoints need one), or nobody. The secret is never part of {@link #toString()}.
 */
public final class GogsCredentials {

    private enum Kind {
        ANONYMOUS,
        TOKEN,
        PASSWORD
    }

    private static final GogsCredentials ANONYMOUS = new GogsCredentials(Kind.ANONYMOUS, null, null);

    private final Kind kind;
    private final String username;
    private final String secret;

    private GogsCredentials(Kind kind, String username, String secret) {
        this.kind = kind;
        this.username = username;
        this.secret = secret;
    }

    /** An access token, sent as {@code Authorization: token <token>} (the only scheme Gogs 0.14 accepts). */
    public static GogsCredentials token(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The access token is empty");
        }
        if (token.strip().chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("The access token contains white space");
        }
        return new GogsCredentials(Kind.TOKEN, null, token.strip());
    }

    /** A username (or e-mail) and password, sent with HTTP Basic; Gogs accepts it for the token endpoints. */
    public static GogsCredentials password(String username, String password) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("The username is empty");
        }
        Objects.requireNonNull(password, "password");
        return new GogsCredentials(Kind.PASSWORD, username.strip(), password);
    }

    /** No credential: Gogs answers only its anonymous endpoints (public repositories, users). */
    public static GogsCredentials anonymous() {
        return ANONYMOUS;
    }

    public boolean isToken() {
        return kind == Kind.TOKEN;
    }

    public boolean isPassword() {
        return kind == Kind.PASSWORD;
    }

    /** The username of a password credential, else null. */
    String username() {
        return username;
    }

    /** The value of the {@code Authorization} header, or null for anonymous requests. */
    String authorizationHeader() {
        return switch (kind) {
            case ANONYMOUS -> null;
            case TOKEN -> "token " + secret;
            case PASSWORD -> basic(username, secret);
        };
    }

    /**
     * The {@code Authorization} header for git's smart HTTP, or null for anonymous requests. Gogs' git handler takes
     * only Basic; when the pair is no valid login it tries the username, then the password, as an access token. The
     * token goes in the username: a login with an unknown username stops at Gogs' user table, so the token is never
     * handed to an external login source (LDAP, SMTP, PAM) as some account's password.
     */
    String gitAuthorizationHeader() {
        return switch (kind) {
            case ANONYMOUS -> null;
            case TOKEN -> basic(secret, "");
            case PASSWORD -> basic(username, secret);
        };
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ANONYMOUS -> "anonymous";
            case TOKEN -> "access token (hidden)";
            case PASSWORD -> "password of " + username + " (hidden)";
        };
    }
}
