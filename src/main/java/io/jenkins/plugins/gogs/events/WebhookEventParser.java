package io.jenkins.plugins.gogs.events;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Turns payload JSON into the event records; Gogs' snake_case names map onto the records' camelCase ones. */
@Restricted(NoExternalUse.class)
final class WebhookEventParser {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Keep the offset Gogs wrote (the server's zone) instead of moving every time to UTC.
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private WebhookEventParser() {}

    static GogsWebhookEvent parse(String eventName, byte[] payloadJson) throws WebhookDeliveryException {
        if (eventName == null || eventName.isBlank()) {
            throw new WebhookDeliveryException(
                    RejectionReason.MISSING_EVENT, Messages.WebhookEventParser_NoEventHeader());
        }
        String name = eventName.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "push":
                PushEvent push = read(name, payloadJson, PushEvent.class);
                require(name, push.ref() != null && push.after() != null, "ref and after");
                return checked(name, push);
            case "create":
                RefCreatedEvent create = read(name, payloadJson, RefCreatedEvent.class);
                require(name, create.ref() != null && create.refType() != null, "ref and ref_type");
                return checked(name, create);
            case "delete":
                RefDeletedEvent delete = read(name, payloadJson, RefDeletedEvent.class);
                require(name, delete.ref() != null && delete.refType() != null, "ref and ref_type");
                return checked(name, delete);
            case "pull_request":
                PullRequestEvent pull = read(name, payloadJson, PullRequestEvent.class);
                require(name, pull.pullRequest() != null, "pull_request");
                return checked(name, pull);
            case "release":
                ReleaseEvent release = read(name, payloadJson, ReleaseEvent.class);
                require(name, release.release() != null && release.release().tagName() != null, "release.tag_name");
                return checked(name, release);
            case "fork":
                ForkEvent fork = read(name, payloadJson, ForkEvent.class);
                require(name, fork.forkee() != null, "forkee");
                return checked(name, fork);
            case "issues":
                IssuesEvent issues = read(name, payloadJson, IssuesEvent.class);
                require(name, issues.issue() != null, "issue");
                return checked(name, issues);
            case "issue_comment":
                IssueCommentEvent comment = read(name, payloadJson, IssueCommentEvent.class);
                require(name, comment.issue() != null, "issue");
                return checked(name, comment);
            default:
                return unknown(name, payloadJson);
        }
    }

    private static <T> T read(String name, byte[] json, Class<T> type) throws WebhookDeliveryException {
        try {
            T event = MAPPER.readValue(json, type);
            if (event == null) {
                throw malformed(Messages.WebhookEventParser_JsonNull(name));
            }
            return event;
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw malformed(
                    known(at)
                            ? Messages.WebhookEventParser_NotValidForEventAt(name, line(at), column(at))
                            : Messages.WebhookEventParser_NotValidForEvent(name));
        } catch (IOException e) {
            throw malformed(Messages.WebhookEventParser_Unreadable(name));
        }
    }

    private static UnknownEvent unknown(String name, byte[] json) throws WebhookDeliveryException {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw malformed(Messages.WebhookEventParser_NotAnObject(name));
            }
            WebhookRepository repository = tree.hasNonNull("repository")
                    ? MAPPER.treeToValue(tree.get("repository"), WebhookRepository.class)
                    : null;
            WebhookUser sender =
                    tree.hasNonNull("sender") ? MAPPER.treeToValue(tree.get("sender"), WebhookUser.class) : null;
            return new UnknownEvent(name, repository, sender);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw malformed(
                    known(at)
                            ? Messages.WebhookEventParser_NotValidAt(name, line(at), column(at))
                            : Messages.WebhookEventParser_NotValid(name));
        } catch (IOException e) {
            throw malformed(Messages.WebhookEventParser_Unreadable(name));
        }
    }

    /**
     * Every payload Gogs sends for the events above names its repository with its {@code html_url}, the only way to
     * tell which server it came from: one without is not from Gogs.
     */
    private static <T extends GogsWebhookEvent> T checked(String name, T event) throws WebhookDeliveryException {
        require(name, event.repository() != null && event.repository().serverUrl() != null, "repository.html_url");
        return event;
    }

    private static void require(String name, boolean present, String fields) throws WebhookDeliveryException {
        if (!present) {
            throw malformed(Messages.WebhookEventParser_Lacks(name, fields));
        }
    }

    private static WebhookDeliveryException malformed(String message) {
        // Jackson's own message may quote the payload; only its position goes into ours.
        return new WebhookDeliveryException(RejectionReason.MALFORMED_PAYLOAD, message);
    }

    private static boolean known(JsonLocation location) {
        return location != null && location.getLineNr() >= 0;
    }

    private static String line(JsonLocation location) {
        return String.valueOf(location.getLineNr());
    }

    private static String column(JsonLocation location) {
        return String.valueOf(location.getColumnNr());
    }
}
