package io.jenkins.plugins.gogs.trust;

import io.jenkins.plugins.gogs.client.ForbiddenException;
import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.UnauthenticatedException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Asks Gogs whether users are collaborators of one repository, once per user and scan. Gogs answers only to a
 * credential with admin rights on the repository; without them the answer is "unknown", not an error, so a scan
 * goes on (treating the pull request as untrusted).
 */
@Restricted(NoExternalUse.class)
public final class CollaboratorCheck {

    private final RepoApi repository;
    private final Map<String, Optional<Boolean>> answers = new ConcurrentHashMap<>();

    public CollaboratorCheck(RepoApi repository) {
        this.repository = repository;
    }

    /** True or false when Gogs told, empty when the credential may not ask. Gogs user names ignore case. */
    public Optional<Boolean> isCollaborator(String username) {
        return answers.computeIfAbsent(username.toLowerCase(Locale.ROOT), this::ask);
    }

    private Optional<Boolean> ask(String username) {
        try {
            return Optional.of(repository.isCollaborator(username));
        } catch (ForbiddenException | UnauthenticatedException e) {
            return Optional.empty();
        }
    }
}
