package io.jenkins.plugins.gogs.checkout;

import io.jenkins.plugins.gogs.client.ServerUrl;
import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Where git clones a Gogs repository from. */
@Restricted(NoExternalUse.class)
public final class CloneUrls {

    /** Gogs' own rule for user, organization and repository names (alphanumerics, '-', '_', '.'). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private CloneUrls() {}

    /**
     * The HTTP(S) clone URL of a repository on the server as Jenkins reaches it ({@code <server>/<owner>/<repo>.git},
     * what Gogs itself advertises as {@code clone_url} when its external URL is the configured server URL).
     *
     * @throws IllegalArgumentException when the owner or repository is not a valid Gogs name
     */
    public static String http(String serverUrl, String owner, String repository) {
        return ServerUrl.normalize(serverUrl) + "/" + name("owner", owner) + "/" + name("repository", repository)
                + ".git";
    }

    /** The repository's web page. */
    public static String web(String serverUrl, String owner, String repository) {
        return ServerUrl.normalize(serverUrl) + "/" + name("owner", owner) + "/" + name("repository", repository);
    }

    static String name(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is empty");
        }
        if (!NAME.matcher(value).matches() || value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException("Not a valid Gogs " + what + " name: " + value);
        }
        return value;
    }
}
