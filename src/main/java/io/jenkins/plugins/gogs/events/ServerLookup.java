package io.jenkins.plugins.gogs.events;

import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Finds the configured server a repository lives on, typically by comparing each server's URL and alias URL with
 * {@link WebhookRepository#isOnServer(String)}.
 */
@FunctionalInterface
@Restricted(NoExternalUse.class)
public interface ServerLookup {

    Optional<KnownServer> serverOf(WebhookRepository repository);
}
