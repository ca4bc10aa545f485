package io.jenkins.plugins.gogs.client.model;

/**
 * An access token. When just created, {@code sha1} is the token itself (shown once); in a listing it is only a hash
 * prefix and cannot be used. Never shown by {@link #toString()}.
 */
public record AccessToken(String name, String sha1) {

    @Override
    public String toString() {
        return "AccessToken[name=" + name + ", sha1=(hidden)]";
    }
}
