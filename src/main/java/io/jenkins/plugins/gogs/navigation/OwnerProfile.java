package io.jenkins.plugins.gogs.navigation;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.NotFoundOrNoAccessException;
import io.jenkins.plugins.gogs.client.model.Organization;
import io.jenkins.plugins.gogs.client.model.User;
import io.jenkins.plugins.gogs.links.RepositoryLinks;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What an organization folder shows of its Gogs owner: a name, a description (organizations only), the avatar and
 * the owner's page.
 *
 * @param displayName the full name, else the user name
 * @param description null for users
 * @param avatarUrl   absolute, as Gogs gives it; null when Gogs gave none
 */
@Restricted(NoExternalUse.class)
public record OwnerProfile(String name, String displayName, String description, String avatarUrl, String webUrl) {

    /**
     * Reads the owner in one request (Gogs 0.14 answers {@code /orgs/:name} for users too, with an empty
     * description); {@code /users/:name} only if that fails.
     *
     * @throws NotFoundOrNoAccessException when there is no such user or organization
     */
    public static OwnerProfile read(GogsClient client, String owner) {
        String webUrl = RepositoryLinks.owner(client.serverUrl(), owner);
        try {
            Organization org = client.orgs().get(owner);
            return new OwnerProfile(
                    org.username(),
                    nameOr(org.fullName(), org.username()),
                    blankToNull(org.description()),
                    blankToNull(org.avatarUrl()),
                    webUrl);
        } catch (NotFoundOrNoAccessException notAnOrganization) {
            User user = client.users().get(owner);
            return new OwnerProfile(
                    user.username(),
                    nameOr(user.fullName(), user.username()),
                    null,
                    blankToNull(user.avatarUrl()),
                    webUrl);
        }
    }

    private static String nameOr(String fullName, String name) {
        return fullName == null || fullName.isBlank() ? name : fullName;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
