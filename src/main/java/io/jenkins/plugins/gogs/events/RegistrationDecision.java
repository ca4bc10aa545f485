package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Whether to register (or remove) the plugin's hook on a repository, decided by {@link #of(RegistrationSettings)}
 * without calling Gogs:
 * <ol>
 *   <li>mode {@link HookRegistrationMode#DISABLE}: skip;</li>
 *   <li>no server configured at the source's URL: refuse, the source cannot work either;</li>
 *   <li>the server does not manage hooks: skip;</li>
 *   <li>no credentials for the mode: refuse, Gogs lets only a repository admin manage hooks;</li>
 *   <li>no usable Jenkins URL: refuse, there is no URL to register;</li>
 *   <li>otherwise register, with a warning when Gogs probably cannot reach the Jenkins URL (loopback or a local
 *       network address: Gogs refuses those unless its {@code LOCAL_NETWORK_ALLOWLIST} names the host). The hook
 *       is still registered, since that list may well allow it.</li>
 * </ol>
 * {@link Refuse} is a problem the admin must hear about; {@link Skip} is the configuration working as intended.
 */
@Restricted(NoExternalUse.class)
public sealed interface RegistrationDecision {

    RepositoryKey repository();

    /** Register {@code hook}, authenticating with {@code credentialsId}, looked up for the item or for Jenkins. */
    record Register(
            RepositoryKey repository,
            DesiredHook hook,
            String credentialsId,
            boolean itemCredentials,
            Optional<String> warning)
            implements RegistrationDecision {}

    /** Nothing to do, on purpose; {@code reason} for a fine log line. */
    record Skip(RepositoryKey repository, String reason) implements RegistrationDecision {}

    /** Nothing can be done until the configuration is fixed; {@code problem} says what to fix. */
    record Refuse(RepositoryKey repository, String problem) implements RegistrationDecision {}

    static RegistrationDecision of(RegistrationSettings settings) {
        RepositoryKey repo = settings.repository();
        if (settings.mode() == HookRegistrationMode.DISABLE) {
            return new Skip(repo, "hook registration is disabled for " + repo.fullName());
        }
        if (!settings.serverConfigured()) {
            return new Refuse(repo, Messages.RegistrationDecision_NoServer(repo.serverUrl(), repo.fullName()));
        }
        if (!settings.serverManagesHooks()) {
            return new Skip(repo, "the Gogs server " + repo.serverUrl() + " is set not to manage hooks");
        }
        boolean item = settings.mode() == HookRegistrationMode.ITEM;
        String credentialsId = item ? settings.itemCredentialsId() : settings.serverCredentialsId();
        if (credentialsId == null || credentialsId.isBlank()) {
            return new Refuse(
                    repo,
                    item
                            ? Messages.RegistrationDecision_NoItemCredentials(repo.fullName())
                            : Messages.RegistrationDecision_NoServerCredentials(repo.serverUrl(), repo.fullName()));
        }
        String endpoint;
        try {
            endpoint = HookEndpoint.forJenkinsRoot(settings.jenkinsRootUrl());
        } catch (IllegalArgumentException noUrl) {
            return new Refuse(
                    repo,
                    Messages.RegistrationDecision_NotRegistered(
                            HookEndpoint.reachabilityWarning(settings.jenkinsRootUrl())
                                    .orElse(noUrl.getMessage()),
                            repo.fullName()));
        }
        return new Register(
                repo,
                DesiredHook.forJenkins(endpoint),
                credentialsId,
                item,
                HookEndpoint.reachabilityWarning(settings.jenkinsRootUrl()));
    }
}
