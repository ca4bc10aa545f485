package io.jenkins.plugins.gogs.client;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP proxy for the client (in Jenkins, the adapters fill it from the Jenkins proxy configuration).
 *
 * @param host         proxy host name
 * @param port         proxy port
 * @param username     proxy user, or null for a proxy without authentication
 * @param password     proxy password, or null; never part of {@link #toString()}
 * @param noProxyHosts host patterns reached directly, {@code *} matching any characters (e.g. {@code *.internal},
 *                     {@code 10.*}), compared case-insensitively, as in Jenkins' "No Proxy Host" field
 */
public record ProxySettings(String host, int port, String username, String password, List<String> noProxyHosts) {

    public ProxySettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The proxy host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The proxy port must be between 1 and 65535, not " + port);
        }
        host = host.strip();
        noProxyHosts = noProxyHosts == null
                ? List.of()
                : noProxyHosts.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public static ProxySettings of(String host, int port) {
        return new ProxySettings(host, port, null, null, List.of());
    }

    public ProxySettings withCredentials(String user, String pass) {
        return new ProxySettings(host, port, user, pass, noProxyHosts);
    }

    public ProxySettings withNoProxyHosts(List<String> patterns) {
        return new ProxySettings(host, port, username, password, patterns);
    }

    public boolean hasCredentials() {
        return username != null && !username.isBlank();
    }

    /** True when requests to {@code targetHost} should bypass the proxy. */
    public boolean bypasses(String targetHost) {
        String target = targetHost.toLowerCase(Locale.ROOT);
        return noProxyHosts.stream()
                .anyMatch(p -> globToRegex(p).matcher(target).matches());
    }

    private static Pattern globToRegex(String glob) {
        String[] literalParts = glob.toLowerCase(Locale.ROOT).split("\\*", -1);
        return Pattern.compile(Arrays.stream(literalParts).map(Pattern::quote).collect(Collectors.joining(".*")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxySettings p
                && host.equals(p.host)
                && port == p.port
                && Objects.equals(username, p.username)
                && Objects.equals(password, p.password)
                && noProxyHosts.equals(p.noProxyHosts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, username, noProxyHosts);
    }

    @Override
    public String toString() {
        return "proxy " + host + ":" + port + (hasCredentials() ? " as " + username + " (password hidden)" : "")
                + (noProxyHosts.isEmpty() ? "" : ", direct to " + noProxyHosts);
    }
}
