package io.jenkins.plugins.gogs.events;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One Gogs webhook event, parsed from the payload of a delivery. Every known event names the repository it
 * happened in, which is how a delivery is matched to a configured server ({@link WebhookRepository#serverUrl()}).
 */
@Restricted(NoExternalUse.class)
public sealed interface GogsWebhookEvent
        permits PushEvent,
                RefCreatedEvent,
                RefDeletedEvent,
                PullRequestEvent,
                ReleaseEvent,
                ForkEvent,
                IssuesEvent,
                IssueCommentEvent,
                UnknownEvent {

    /** The {@code X-Gogs-Event} name, e.g. {@code push}. */
    String eventName();

    /** The repository the event happened in (the base repository for pull requests and forks). */
    WebhookRepository repository();

    /** Who caused the event; may be null in hand-made payloads. */
    WebhookUser sender();

    /** What this event changes for Jenkins. */
    ScmChange scmChange();

    /** False for events about issues, comments and labels: nothing to scan or build. */
    default boolean scmRelevant() {
        return scmChange() != ScmChange.NONE;
    }

    /**
     * Parses a payload (the JSON bytes from {@link DeliveryBody#payloadJson}) by its {@code X-Gogs-Event} name.
     * Unknown event names give an {@link UnknownEvent}, so that a newer Gogs does not break the receiver.
     *
     * @throws WebhookDeliveryException MISSING_EVENT without an event name, MALFORMED_PAYLOAD when the JSON is
     *     broken or lacks what the event needs (its repository, ref, pull request...)
     */
    static GogsWebhookEvent parse(String eventName, byte[] payloadJson) throws WebhookDeliveryException {
        return WebhookEventParser.parse(eventName, payloadJson);
    }
}
