package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a non-2xx response into the exception for its meaning, with Gogs' own message where it sent one. */
final class ErrorMapper {

    private static final int MAX_DETAIL = 300;

    private ErrorMapper() {}

    static GogsException toException(String method, String path, HttpResult result) {
        int status = result.status();
        String detail = serverMessage(result);
        return switch (status) {
            case 401 -> new UnauthenticatedException(method, path, status, detail);
            case 403 -> new ForbiddenException(method, path, status, detail);
            case 404 -> new NotFoundOrNoAccessException(method, path, status, null);
            case 400, 415, 422 -> new InvalidRequestException(method, path, status, detail);
            default -> {
                if (status >= 500) {
                    yield new ServerErrorException(method, path, status, detail);
                }
                if (status >= 300 && status < 400) {
                    yield new UnexpectedResponseException(
                            method,
                            path,
                            status,
                            "a redirect, which the client does not follow; is the server URL the one Gogs is served at?");
                }
                yield new UnexpectedResponseException(method, path, status, detail);
            }
        };
    }

    /**
     * Gogs' message: {@code {"message": ...}}, or the binding errors {@code [{"fieldNames":[..],"message":..}]}.
     * An HTML page or an empty body gives a short description instead, never the page itself.
     */
    static String serverMessage(HttpResult result) {
        if (!result.hasBody()) {
            return null;
        }
        if (result.looksLikeHtml()) {
            return "the server answered with an HTML page instead of JSON";
        }
        String type = result.contentType() == null ? "" : result.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/plain")) {
            // Gogs' git handler explains refusals in plain text ("User permission denied", "... HTTP ... disabled").
            String text = new String(result.body(), StandardCharsets.UTF_8).strip();
            int newline = text.indexOf('\n');
            return text.isEmpty()
                    ? null
                    : shorten(newline < 0 ? text : text.substring(0, newline).strip());
        }
        try {
            JsonNode json = JsonCodec.tree(result.body());
            List<String> messages = new ArrayList<>();
            if (json.isObject()) {
                addText(messages, json.get("message"));
                addText(messages, json.get("error"));
            } else if (json.isArray()) {
                for (JsonNode item : json) {
                    String fields = item.path("fieldNames").isArray()
                            ? item.path("fieldNames").toString()
                            : "";
                    String message = item.path("message").asText("");
                    messages.add((fields.isEmpty() ? "" : fields + " ") + message);
                }
            }
            return messages.isEmpty() ? null : shorten(String.join("; ", messages));
        } catch (IOException e) {
            return "the error body is not JSON";
        }
    }

    private static void addText(List<String> messages, JsonNode node) {
        if (node != null && node.isTextual() && !node.asText().isBlank()) {
            messages.add(node.asText());
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "...";
    }
}
