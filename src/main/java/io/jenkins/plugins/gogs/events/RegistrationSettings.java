package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Objects;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What decides whether and how the hook of one repository is registered: the source's repository and mode, its
 * server as configured in Jenkins ({@code serverConfigured} false when no server has the source's URL), the two
 * credential ids that could be used, the Jenkins root URL Gogs is to deliver to, and the events the hook carries
 * besides {@link HookEvents#FOR_JENKINS} (e.g. {@code issue_comment} where a project takes rebuild requests).
 */
@Restricted(NoExternalUse.class)
public record RegistrationSettings(
        RepositoryKey repository,
        HookRegistrationMode mode,
        boolean serverConfigured,
        boolean serverManagesHooks,
        String serverCredentialsId,
        String itemCredentialsId,
        String jenkinsRootUrl,
        Set<String> extraEvents) {

    public RegistrationSettings {
        Objects.requireNonNull(repository, "repository");
        mode = mode == null ? HookRegistrationMode.SYSTEM : mode;
        extraEvents = extraEvents == null ? Set.of() : Set.copyOf(extraEvents);
    }

    /** Settings for a hook with the plugin's usual events only. */
    public RegistrationSettings(
            RepositoryKey repository,
            HookRegistrationMode mode,
            boolean serverConfigured,
            boolean serverManagesHooks,
            String serverCredentialsId,
            String itemCredentialsId,
            String jenkinsRootUrl) {
        this(
                repository,
                mode,
                serverConfigured,
                serverManagesHooks,
                serverCredentialsId,
                itemCredentialsId,
                jenkinsRootUrl,
                Set.of());
    }

    /** These settings, for a hook that also carries {@code events}. */
    public RegistrationSettings withExtraEvents(Set<String> events) {
        return new RegistrationSettings(
                repository,
                mode,
                serverConfigured,
                serverManagesHooks,
                serverCredentialsId,
                itemCredentialsId,
                jenkinsRootUrl,
                events);
    }
}
