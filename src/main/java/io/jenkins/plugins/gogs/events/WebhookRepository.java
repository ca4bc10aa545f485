package io.jenkins.plugins.gogs.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.gogs.client.ServerUrl;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A repository as webhook payloads carry it. {@code html_url} is Gogs' {@code EXTERNAL_URL} followed by
 * {@code owner/name}, which is how a delivery is matched to a configured server ({@link #serverUrl()}).
 * A pull request whose head repository was deleted carries a placeholder with only the name {@code deleted}.
 */
@Restricted(NoExternalUse.class)
public record WebhookRepository(
        long id,
        WebhookUser owner,
        String name,
        String fullName,
        String htmlUrl,
        String cloneUrl,
        String sshUrl,
        String defaultBranch,
        @JsonProperty("private") boolean privateRepository,
        boolean fork,
        WebhookRepository parent,
        boolean empty,
        boolean mirror) {

    /** The owner's user or organization name, from {@code owner.username}, else from {@code full_name}. */
    public String ownerName() {
        if (owner != null && owner.username() != null && !owner.username().isEmpty()) {
            return owner.username();
        }
        if (fullName != null && fullName.indexOf('/') > 0) {
            return fullName.substring(0, fullName.indexOf('/'));
        }
        return null;
    }

    /** True for the placeholder Gogs sends in place of a deleted pull-request head repository. */
    public boolean isDeletedPlaceholder() {
        return id == 0 && (htmlUrl == null || htmlUrl.isEmpty());
    }

    /**
     * The Gogs server's base URL as Gogs itself knows it ({@code EXTERNAL_URL}, without trailing slash), e.g.
     * {@code https://gogs.example.com/gogs}: {@code html_url} minus {@code /owner/name}. {@code null} when the
     * payload has no {@code html_url}.
     */
    public String serverUrl() {
        if (htmlUrl == null || htmlUrl.isEmpty()) {
            return null;
        }
        String url = stripTrailingSlashes(htmlUrl);
        if (fullName != null && !fullName.isEmpty() && url.endsWith("/" + fullName)) {
            return url.substring(0, url.length() - fullName.length() - 1);
        }
        // Without full_name, drop the last two path segments (owner and name).
        int nameSlash = url.lastIndexOf('/');
        int ownerSlash = nameSlash > 0 ? url.lastIndexOf('/', nameSlash - 1) : -1;
        return ownerSlash > url.indexOf("//") + 1 ? url.substring(0, ownerSlash) : url;
    }

    /**
     * True when this repository lives on the server with this URL (a configured server URL or alias URL),
     * compared in canonical form (case of scheme and host, default port, trailing slash do not matter).
     */
    public boolean isOnServer(String configuredServerUrl) {
        String own = serverUrl();
        return own != null && configuredServerUrl != null && ServerUrl.sameServer(own, configuredServerUrl);
    }

    /**
     * This repository's key on the configured server at {@code serverUrl}; empty when the payload lacks its owner or
     * name, or they are no Gogs names.
     */
    public Optional<RepositoryKey> keyOn(String serverUrl) {
        try {
            return Optional.of(new RepositoryKey(serverUrl, ownerName(), name));
        } catch (IllegalArgumentException incomplete) {
            return Optional.empty();
        }
    }

    private static String stripTrailingSlashes(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
