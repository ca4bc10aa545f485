package io.jenkins.plugins.gogs.servers;

import io.jenkins.plugins.gogs.client.ServerUrl;
import java.net.URI;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Checks of the server and alias URL fields as the admin types them; local only, no request to the server. */
@Restricted(NoExternalUse.class)
public final class UrlChecks {

    private UrlChecks() {}

    public static FieldCheck serverUrl(String value) {
        String typed = value == null ? "" : value.strip();
        if (typed.isEmpty()) {
            return FieldCheck.error(Messages.UrlChecks_ServerUrlMissing());
        }
        String url;
        try {
            url = ServerUrl.normalize(typed);
        } catch (IllegalArgumentException e) {
            return FieldCheck.error(e.getMessage());
        }
        if (url.endsWith("/api/v1") || url.contains("/api/v1/")) {
            return FieldCheck.error(Messages.UrlChecks_ApiPath());
        }
        if (url.startsWith("http://") && !isLoopback(url)) {
            return FieldCheck.warning(
                    typed.equals(url) ? Messages.UrlChecks_Unencrypted() : Messages.UrlChecks_UnencryptedSavedAs(url));
        }
        return typed.equals(url) ? FieldCheck.ok() : FieldCheck.ok(Messages.UrlChecks_SavedAs(url));
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
            return FieldCheck.warning(Messages.UrlChecks_AliasIsServerUrl());
        }
        return typed.equals(url) ? FieldCheck.ok() : FieldCheck.ok(Messages.UrlChecks_SavedAs(url));
    }

    private static boolean isLoopback(String url) {
        String host = URI.create(url).getHost();
        return "localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host);
    }
}
