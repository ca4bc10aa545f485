package io.jenkins.plugins.gogs.servers;

import io.jenkins.plugins.gogs.client.ProxySettings;
import java.util.Arrays;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Turns the fields of Jenkins' proxy configuration (Manage Jenkins » Plugins » Advanced) into the client's
 * {@link ProxySettings}. Jenkins splits "No Proxy Host" on white space, commas and {@code |}, and treats {@code *} as
 * a wildcard; the client's patterns mean the same.
 */
@Restricted(NoExternalUse.class)
public final class ProxyFields {

    private ProxyFields() {}

    /**
     * @return the proxy settings, or null when no proxy host is configured (direct connections)
     * @throws IllegalArgumentException when a host is configured with an impossible port
     */
    public static ProxySettings toSettings(
            String host, int port, String username, String password, String noProxyHost) {
        if (host == null || host.isBlank()) {
            return null;
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(Messages.ProxyFields_InvalidPort(host.strip(), String.valueOf(port)));
        }
        ProxySettings settings = ProxySettings.of(host, port).withNoProxyHosts(noProxyPatterns(noProxyHost));
        if (username != null && !username.isBlank()) {
            settings = settings.withCredentials(username.strip(), password == null ? "" : password);
        }
        return settings;
    }

    static List<String> noProxyPatterns(String noProxyHost) {
        if (noProxyHost == null || noProxyHost.isBlank()) {
            return List.of();
        }
        return Arrays.stream(noProxyHost.split("[ \t\r\n,|]+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
