package io.jenkins.plugins.gogs.push;

import java.util.Locale;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A git remote URL taken apart: how git reaches the server (HTTP or SSH), the host, the port and the path to the
 * repository, without user name, password, trailing slashes or {@code .git}. Understands the forms git does:
 * {@code https://[user[:password]@]host[:port]/path}, {@code ssh://[user@]host[:port]/path} (also
 * {@code git+ssh://} and {@code ssh+git://}) and the scp-like {@code [user@]host:path}. Local paths, {@code file://}
 * and {@code git://} (Gogs serves neither) are not remotes of a Gogs server.
 *
 * @param scheme {@code http}, {@code https} or {@code ssh}
 * @param host lower case, without the brackets of an IPv6 literal
 * @param port explicit, else the scheme's default (80, 443, 22)
 * @param path the repository's path below the host, e.g. {@code gogs/acme/app} for
 *     {@code https://example.com/gogs/acme/app.git}; never starts or ends with {@code /}
 */
@Restricted(NoExternalUse.class)
public record RemoteUrl(String scheme, String host, int port, String path) {

    /** True for {@code http} and {@code https}. */
    public boolean isHttp() {
        return scheme.equals("http") || scheme.equals("https");
    }

    public boolean isSsh() {
        return scheme.equals("ssh");
    }

    /** The last two path segments as {@code [owner, name]}, or empty when the path has fewer than two. */
    public Optional<String[]> ownerAndName() {
        int nameSlash = path.lastIndexOf('/');
        if (nameSlash <= 0) {
            return Optional.empty();
        }
        int ownerSlash = path.lastIndexOf('/', nameSlash - 1);
        String owner = path.substring(ownerSlash + 1, nameSlash);
        String name = path.substring(nameSlash + 1);
        return owner.isEmpty() || name.isEmpty() ? Optional.empty() : Optional.of(new String[] {owner, name});
    }

    /** The path without its last two segments (owner and name): where Gogs lives on its host, e.g. {@code gogs}. */
    public String basePath() {
        int nameSlash = path.lastIndexOf('/');
        int ownerSlash = nameSlash <= 0 ? -1 : path.lastIndexOf('/', nameSlash - 1);
        return ownerSlash <= 0 ? "" : path.substring(0, ownerSlash);
    }

    /**
     * Parses a remote URL as written in a job; empty for anything that is not an HTTP(S) or SSH remote (blank
     * text, a local path, {@code file://}, {@code git://}, a URL with a variable such as {@code ${REPO}} in its host).
     */
    public static Optional<RemoteUrl> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String url = text.strip();
        int separator = url.indexOf("://");
        if (separator > 0) {
            return withScheme(url.substring(0, separator).toLowerCase(Locale.ROOT), url.substring(separator + 3));
        }
        return scpLike(url);
    }

    private static Optional<RemoteUrl> withScheme(String scheme, String rest) {
        String kind;
        switch (scheme) {
            case "http":
            case "https":
                kind = scheme;
                break;
            case "ssh":
            case "git+ssh":
            case "ssh+git":
                kind = "ssh";
                break;
            default:
                return Optional.empty();
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        int query = firstOf(path, '?', '#');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        int port;
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = hostAndPort.substring(1, close);
            String after = hostAndPort.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                return Optional.empty();
            }
            port = after.length() > 1 ? number(after.substring(1)) : defaultPort(kind);
        } else {
            int colon = hostAndPort.indexOf(':');
            host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
            port = colon < 0 || colon == hostAndPort.length() - 1
                    ? defaultPort(kind)
                    : number(hostAndPort.substring(colon + 1));
        }
        return of(kind, host, port, path);
    }

    /** {@code [user@]host:path}: git's scp-like syntax, when a ':' comes before any '/'. */
    private static Optional<RemoteUrl> scpLike(String url) {
        int colon;
        String host;
        int at = url.indexOf('@');
        int slash = url.indexOf('/');
        String afterUser = at >= 0 && (slash < 0 || at < slash) ? url.substring(at + 1) : url;
        if (afterUser.startsWith("[")) {
            int close = afterUser.indexOf(']');
            if (close < 0 || close + 1 >= afterUser.length() || afterUser.charAt(close + 1) != ':') {
                return Optional.empty();
            }
            host = afterUser.substring(1, close);
            colon = close + 1;
        } else {
            colon = afterUser.indexOf(':');
            int firstSlash = afterUser.indexOf('/');
            if (colon <= 0 || (firstSlash >= 0 && firstSlash < colon)) {
                return Optional.empty(); // a local path
            }
            host = afterUser.substring(0, colon);
            if (host.length() == 1) {
                return Optional.empty(); // a Windows drive such as C:\repos\app
            }
        }
        return of("ssh", host, 22, afterUser.substring(colon + 1));
    }

    private static Optional<RemoteUrl> of(String scheme, String host, int port, String rawPath) {
        if (host.isEmpty() || port <= 0 || host.indexOf('$') >= 0 || host.indexOf('/') >= 0) {
            return Optional.empty();
        }
        String path = rawPath;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.toLowerCase(Locale.ROOT).endsWith(".git")) {
            path = path.substring(0, path.length() - 4);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return Optional.of(new RemoteUrl(scheme, host.toLowerCase(Locale.ROOT), port, path));
    }

    private static int defaultPort(String scheme) {
        switch (scheme) {
            case "http":
                return 80;
            case "https":
                return 443;
            default:
                return 22;
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
