package io.jenkins.plugins.gogs.events;

import java.util.Optional;

/**
 * Finds the configured server a repository lives on, typically by comparing each server's URL and alias URL with
 * {@link WebhookRepository#isOnServer(String)}.
 */
@FunctionalInterface
public interface ServerLookup {

    Optional<KnownServer> serverOf(WebhookRepository repository);
}
