package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import io.jenkins.plugins.gogs.client.ServerUrl;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Whether a repository Gogs names (in a webhook payload: its server URL, possibly the alias URL, and owner and
 * name in any case) is the one a source or navigator is configured for.
 */
@Restricted(NoExternalUse.class)
final class GogsRepositoryMatch {

    private GogsRepositoryMatch() {}

    /** The server URL in canonical form when it is a valid URL, else as typed (the form check tells the user). */
    @CheckForNull
    static String canonical(@CheckForNull String url) {
        String trimmed = Util.fixEmptyAndTrim(url);
        if (trimmed == null) {
            return null;
        }
        try {
            return ServerUrl.normalize(trimmed);
        } catch (IllegalArgumentException e) {
            return trimmed;
        }
    }

    /** Same server: the same canonical URL, or one of them is the configured server's alias URL. */
    static boolean sameServer(@CheckForNull String configured, @CheckForNull String named) {
        if (configured == null || named == null) {
            return false;
        }
        if (ServerUrl.sameServer(configured, named)) {
            return true;
        }
        return GogsConfiguration.get()
                .findServer(named)
                .map(server -> ServerUrl.sameServer(server.getServerUrl(), configured))
                .orElse(false);
    }

    /** Gogs user, organization and repository names ignore case. */
    static boolean sameName(@CheckForNull String configured, @CheckForNull String named) {
        return configured != null && configured.equalsIgnoreCase(named);
    }
}
