package io.jenkins.plugins.gogs.webhook;

import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.events.HookSecret;
import io.jenkins.plugins.gogs.events.KnownServer;
import io.jenkins.plugins.gogs.events.ServerLookup;
import io.jenkins.plugins.gogs.events.WebhookProblems;
import io.jenkins.plugins.gogs.events.WebhookRepository;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The Gogs servers of {@link GogsConfiguration}, found by URL or alias URL, with their webhook secrets. A server
 * whose secret credential is missing gets a random secret no hook can have, so that its deliveries are refused
 * (fail closed) rather than accepted unsigned; the admin monitor says why.
 */
@Restricted(NoExternalUse.class)
final class ConfiguredServers implements ServerLookup {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final HookSecret UNUSABLE = HookSecret.of(randomText());

    private final WebhookProblems problems;

    ConfiguredServers(WebhookProblems problems) {
        this.problems = problems;
    }

    @Override
    public Optional<KnownServer> serverOf(WebhookRepository repository) {
        return GogsConfiguration.get().findServer(repository.serverUrl()).map(this::known);
    }

    /** The canonical URL of the configured server at {@code url} (its URL or alias URL), else {@code url} as is. */
    static String canonicalUrl(String url) {
        return url == null
                ? null
                : GogsConfiguration.get()
                        .findServer(url)
                        .map(GogsServer::getServerUrl)
                        .orElse(url);
    }

    private KnownServer known(GogsServer server) {
        ServerSecrets.Resolved secret = ServerSecrets.of(server);
        String problem = secret.problem();
        if (problem != null) {
            problems.report(server.toString(), "", problem);
            return new KnownServer(server.getServerUrl(), UNUSABLE);
        }
        problems.resolve(server.toString(), "");
        return new KnownServer(server.getServerUrl(), HookSecret.of(secret.secret()));
    }

    private static String randomText() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
