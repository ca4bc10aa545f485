package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What decides whether and how the hook of one repository is registered for one source: the source's repository and
 * mode, its server as configured in Jenkins ({@code serverConfigured} false when no server has the source's URL), the
 * two credential ids that could be used, and the Jenkins root URL Gogs is to deliver to. The events a hook carries
 * besides {@link HookEvents#FOR_JENKINS} are not a source's setting: one hook serves every item of the repository, so
 * they are added to the decided hook ({@link DesiredHook#withExtraEvents}).
 */
@Restricted(NoExternalUse.class)
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
