package io.jenkins.plugins.gogs.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The canonical form of a Gogs server URL, so that one server is recognised however it was typed:
 * {@code HTTPS://Gogs.Example.com:443/} and {@code https://gogs.example.com} are the same server.
 */
public final class ServerUrl {

    private ServerUrl() {}

    /**
     * Lower-cases scheme and host, drops the scheme's default port, a trailing slash, query and fragment.
     * A path is kept (Gogs may live under a sub-path such as {@code https://example.com/gogs}).
     *
     * @throws IllegalArgumentException with a message fit for a form, when the text is not an http(s) URL
     */
    public static String normalize(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The server URL is empty");
        }
        String text = url.trim();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid URL: " + text);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("The server URL must start with http:// or https://: " + text);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("The server URL has no host name: " + text);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "The server URL must not contain a user name or password; use a credential");
        }
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
    }

    /** True when both texts name the same server; false when either is not a valid URL. */
    public static boolean sameServer(String a, String b) {
        try {
            return normalize(a).equals(normalize(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
