package io.jenkins.plugins.gogs.events;

import java.util.Objects;

/**
 * What decides whether and how the hook of one repository is registered: the source's repository and mode, its
 * server as configured in Jenkins ({@code serverConfigured} false when no server has the source's URL), the two
 * credential ids that could be used, and the Jenkins root URL Gogs is to deliver to.
 */
public record RegistrationSettings(
        RepositoryKey repository,
        HookRegistrationMode mode,
        boolean serverConfigured,
        boolean serverManagesHooks,
        String serverCredentialsId,
        String itemCredentialsId,
        String jenkinsRootUrl) {

    public RegistrationSettings {
        Objects.requireNonNull(repository, "repository");
        mode = mode == null ? HookRegistrationMode.SYSTEM : mode;
    }
}
