package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.client.ServerUrl;
import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One repository on one server, as a cache key. Gogs treats owner and repository names case-insensitively, so they
 * are kept in lower case; the server URL is normalized.
 */
@Restricted(NoExternalUse.class)
public record RepositoryKey(String serverUrl, String owner, String name) {

    public RepositoryKey {
        if (owner == null || owner.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("A repository needs an owner and a name");
        }
        serverUrl = ServerUrl.normalize(serverUrl);
        owner = owner.toLowerCase(Locale.ROOT);
        name = name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return serverUrl + "/" + owner + "/" + name;
    }
}
