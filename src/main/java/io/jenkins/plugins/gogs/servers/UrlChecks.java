package io.jenkins.plugins.gogs.servers;

import io.jenkins.plugins.gogs.client.ServerUrl;
import java.net.URI;

/** Checks of the server and alias URL fields as the admin types them; local only, no request to the server. */
public final class UrlChecks {

    private UrlChecks() {}

    public static FieldCheck serverUrl(String value) {
        String typed = value == null ? "" : value.strip();
        if (typed.isEmpty()) {
            return FieldCheck.error("Type the URL of Gogs' web interface, e.g. https://gogs.example.com");
        }
        String url;
        try {
            url = ServerUrl.normalize(typed);
        } catch (IllegalArgumentException e) {
            return FieldCheck.error(e.getMessage());
        }
        if (url.endsWith("/api/v1") || url.contains("/api/v1/")) {
            return FieldCheck.error("Leave out /api/v1: the plugin adds it. Use the address of Gogs' web interface.");
        }
        if (url.startsWith("http://") && !isLoopback(url)) {
            return FieldCheck.warning("Over http:// the token travels unencrypted; prefer https:// unless Gogs and "
                    + "Jenkins share a trusted network." + (typed.equals(url) ? "" : " Saved as " + url));
        }
        return typed.equals(url) ? FieldCheck.ok() : FieldCheck.ok("Saved as " + url);
    }

    public static FieldCheck aliasUrl(String value, String serverUrl) {
        String typed = value == null ? "" : value.strip();
        if (typed.isEmpty()) {
            return FieldCheck.ok();
        }
        String url;
        try {
            url = ServerUrl.normalize(typed);
        } catch (IllegalArgumentException e) {
            return FieldCheck.error(e.getMessage().replace("server URL", "alias URL"));
        }
        if (ServerUrl.sameServer(url, serverUrl)) {
            return FieldCheck.warning("This is the server URL itself; leave the alias empty.");
        }
        return typed.equals(url) ? FieldCheck.ok() : FieldCheck.ok("Saved as " + url);
    }

    private static boolean isLoopback(String url) {
        String host = URI.create(url).getHost();
        return "localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host);
    }
}
