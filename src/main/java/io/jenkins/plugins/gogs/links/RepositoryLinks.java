package io.jenkins.plugins.gogs.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Web pages of a Gogs repository, for links in Jenkins. Built from the repository's {@code html_url} (what Gogs
 * itself links to); branch and tag names are encoded segment by segment, so a '/' in them stays a path separator,
 * as Gogs' own links have it.
 */
@Restricted(NoExternalUse.class)
public final class RepositoryLinks {

    private final String repositoryUrl;

    /**
     * @param repositoryUrl the repository's web page ({@code html_url}), with or without a trailing slash
     */
    public RepositoryLinks(String repositoryUrl) {
        if (repositoryUrl == null || repositoryUrl.isBlank()) {
            throw new IllegalArgumentException("The repository URL is empty");
        }
        this.repositoryUrl =
                repositoryUrl.endsWith("/") ? repositoryUrl.substring(0, repositoryUrl.length() - 1) : repositoryUrl;
    }

    public String repository() {
        return repositoryUrl;
    }

    /** The files of a branch. */
    public String branch(String branch) {
        return repositoryUrl + "/src/" + segments(branch);
    }

    /** The files of a tag. */
    public String tag(String tag) {
        return repositoryUrl + "/src/" + segments(tag);
    }

    public String pullRequest(long number) {
        return repositoryUrl + "/pulls/" + number;
    }

    public String commit(String sha) {
        return repositoryUrl + "/commit/" + sha;
    }

    /** A user's or organization's page on the same server. */
    public static String owner(String serverUrl, String owner) {
        return (serverUrl.endsWith("/") ? serverUrl : serverUrl + "/") + segment(owner);
    }

    private static String segments(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment(part));
        }
        return out.toString();
    }

    private static String segment(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return repositoryUrl;
    }
}
