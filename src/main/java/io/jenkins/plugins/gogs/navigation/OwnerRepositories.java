package io.jenkins.plugins.gogs.navigation;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.NotFoundOrNoAccessException;
import io.jenkins.plugins.gogs.client.model.Repository;
import java.util.Comparator;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The repositories of a Gogs user or organization, as an organization folder sees them: owned by that owner, sorted by
 * name (ignoring case). One request ({@code /orgs/:name/repos}, which Gogs 0.14 also answers for a user);
 * {@code /users/:name/repos} only if that fails.
 */
@Restricted(NoExternalUse.class)
public final class OwnerRepositories {

    private OwnerRepositories() {}

    /**
     * @throws NotFoundOrNoAccessException when there is no such user or organization
     */
    public static List<Repository> list(GogsClient client, String owner) {
        List<Repository> repositories;
        try {
            repositories = client.repos().ofOrg(owner);
        } catch (NotFoundOrNoAccessException notAnOrganization) {
            repositories = client.repos().ofUser(owner);
        }
        return repositories.stream()
                .filter(r ->
                        r.owner() == null || owner.equalsIgnoreCase(r.owner().username()))
                .sorted(Comparator.comparing(r -> r.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }
}
