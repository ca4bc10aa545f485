package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.servers.ServerEntry;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Decides which server, repository and credentials an issue step uses, from what the pipeline gave and the job's
 * Gogs branch source:
 *
 * <ol>
 *   <li>server: the one named ({@code server:} name or URL); else the branch source's; else the only configured
 *       one;</li>
 *   <li>repository: the one named ({@code repository: 'owner/name'}); else the branch source's, when the step uses
 *       the branch source's server;</li>
 *   <li>credentials: the ones named ({@code credentialsId:}); else the branch source's, when the step uses its server
 *       and it has some; else the server's.</li>
 * </ol>
 *
 * @param <S> the configured server type
 */
@Restricted(NoExternalUse.class)
public final class TargetResolver<S extends ServerEntry> {

    /** What a step works on; {@code credentialsId} null means anonymous. */
    public record Target<S>(S server, RepositoryName repository, String credentialsId) {}

    private final Function<String, S> resolveServer;
    private final Function<String, Optional<S>> findServerByUrl;
    private final Function<S, String> serverCredentialsId;

    /**
     * @param resolveServer       a server by name or URL, or the only one for null; throws
     *                            {@link IllegalArgumentException} with a sentence when there is none or several
     * @param findServerByUrl     the configured server at a URL (or alias URL)
     * @param serverCredentialsId the credentials id configured on a server, or null
     */
    public TargetResolver(
            Function<String, S> resolveServer,
            Function<String, Optional<S>> findServerByUrl,
            Function<S, String> serverCredentialsId) {
        this.resolveServer = resolveServer;
        this.findServerByUrl = findServerByUrl;
        this.serverCredentialsId = serverCredentialsId;
    }

    /**
     * @param source the job's Gogs branch source, or null when the job has none
     * @throws IllegalArgumentException saying what is missing and how to give it
     */
    public Target<S> resolve(String server, String repository, String credentialsId, GogsRepositorySource source) {
        String namedServer = blankToNull(server);
        String namedRepository = blankToNull(repository);
        String namedCredentials = blankToNull(credentialsId);
        S sourceServer = source == null
                ? null
                : findServerByUrl.apply(source.getServerUrl()).orElse(null);
        S chosen;
        if (namedServer != null) {
            chosen = resolveServer.apply(namedServer);
        } else if (source != null) {
            if (sourceServer == null) {
                throw new IllegalArgumentException(Messages.TargetResolver_SourceServerUnknown(source.getServerUrl()));
            }
            chosen = sourceServer;
        } else {
            chosen = resolveServer.apply(null);
        }
        boolean sourceApplies =
                sourceServer != null && Objects.equals(sourceServer.getServerUrl(), chosen.getServerUrl());
        RepositoryName name;
        if (namedRepository != null) {
            name = RepositoryName.parse(namedRepository);
        } else if (sourceApplies) {
            name = new RepositoryName(source.getRepoOwner(), source.getRepository());
        } else if (source != null) {
            throw new IllegalArgumentException(Messages.TargetResolver_SourceOnOtherServer(source.getServerUrl()));
        } else {
            throw new IllegalArgumentException(Messages.TargetResolver_RepositoryRequired());
        }
        String credentials = namedCredentials;
        if (credentials == null && sourceApplies) {
            credentials = blankToNull(source.getCredentialsId());
        }
        if (credentials == null) {
            credentials = blankToNull(serverCredentialsId.apply(chosen));
        }
        return new Target<>(chosen, name, credentials);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
