package io.jenkins.plugins.gogs.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The marker that makes a comment the plugin's own, carrying the builds it shows: an HTML comment at the top of the
 * body ({@code <!-- jenkins-gogs-build-feedback:v1:<base64url JSON> -->}). Gogs keeps it in the stored text and
 * strips it from the rendered page. Base64 keeps job and stage names (any text) from ending the HTML comment.
 */
@Restricted(NoExternalUse.class)
public final class HiddenState {

    static final String PREFIX = "<!-- jenkins-gogs-build-feedback:";
    private static final String VERSION = "v1";
    private static final Pattern MARKER = Pattern.compile(Pattern.quote(PREFIX) + "(v\\d+):([A-Za-z0-9_=-]*) -->");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HiddenState() {}

    /** Whether a comment body carries the plugin's marker. */
    public static boolean isMarked(String body) {
        return body != null && body.contains(PREFIX);
    }

    /** The marker line for a history. */
    static String marker(FeedbackHistory history) {
        ArrayNode builds = JSON.createArrayNode();
        for (BuildReport build : history.builds()) {
            ObjectNode b = builds.addObject();
            b.put("job", build.job());
            b.put("n", build.number());
            b.put("s", build.status().name());
            putIfSet(b, "sha", build.commit());
            putIfSet(b, "shaUrl", build.commitUrl());
            b.put("ms", build.durationMillis());
            putIfSet(b, "url", build.buildUrl());
            if (!Objects.equals(build.consoleUrl(), consoleOf(build.buildUrl()))) {
                b.put("log", build.consoleUrl() == null ? "" : build.consoleUrl()); // the usual one is not repeated
            }
            putIfSet(b, "stage", build.failingStage());
            b.put("at", build.startedAt());
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("builds", builds);
        String encoded = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(root.toString().getBytes(StandardCharsets.UTF_8));
        return PREFIX + VERSION + ":" + encoded + " -->";
    }

    /**
     * The history a marked body carries; empty when the body has no marker, or one this version cannot read (an
     * edited or newer marker): the comment is then still the plugin's, and starts a new history.
     */
    public static Optional<FeedbackHistory> read(String body) {
        if (body == null) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(body);
        if (!m.find() || !VERSION.equals(m.group(1))) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(Base64.getUrlDecoder().decode(m.group(2)));
            List<BuildReport> builds = new ArrayList<>();
            for (JsonNode b : root.path("builds")) {
                builds.add(new BuildReport(
                        b.path("job").asText(),
                        b.path("n").asInt(),
                        BuildStatus.valueOf(b.path("s").asText()),
                        text(b, "sha"),
                        text(b, "shaUrl"),
                        b.path("ms").asLong(-1),
                        text(b, "url"),
                        b.has("log") ? text(b, "log") : consoleOf(text(b, "url")),
                        text(b, "stage"),
                        b.path("at").asLong()));
            }
            return Optional.of(FeedbackHistory.of(builds));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static String consoleOf(String buildUrl) {
        return buildUrl == null ? null : buildUrl + "console";
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
