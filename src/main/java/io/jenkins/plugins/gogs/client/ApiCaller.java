package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Sends requests through the transport and reads their JSON answers into records; shared by the API groups. */
final class ApiCaller {

    private final HttpTransport transport;

    ApiCaller(HttpTransport transport) {
        this.transport = transport;
    }

    HttpResult send(ApiRequest request) {
        return transport.send(request);
    }

    <T> T call(ApiRequest request, Class<T> type) {
        HttpResult result = transport.send(request);
        return parse(request, result, body -> JsonCodec.read(body, type));
    }

    <T> T call(ApiRequest request, TypeReference<T> type) {
        HttpResult result = transport.send(request);
        return parse(request, result, body -> JsonCodec.read(body, type));
    }

    /** For requests whose answer the caller does not need (deletes, 204s). */
    void execute(ApiRequest request) {
        transport.send(request);
    }

    String text(ApiRequest request) {
        return new String(transport.send(request).body(), StandardCharsets.UTF_8).strip();
    }

    /** Empty on 404, for lookups where a missing thing is an ordinary answer. */
    <T> Optional<T> optional(ApiRequest request, Class<T> type) {
        try {
            return Optional.of(call(request, type));
        } catch (NotFoundOrNoAccessException e) {
            return Optional.empty();
        }
    }

    @FunctionalInterface
    interface BodyParser<T> {
        T parse(byte[] body) throws IOException;
    }

    /** Parses a 2xx body; a body that is not the expected JSON becomes an {@link UnexpectedResponseException}. */
    static <T> T parse(ApiRequest request, HttpResult result, BodyParser<T> parser) {
        String path = "/api/v1" + request.path();
        if (!result.hasBody()) {
            throw new UnexpectedResponseException(request.method(), path, result.status(), "the response is empty");
        }
        if (result.looksLikeHtml()) {
            throw new UnexpectedResponseException(
                    request.method(),
                    path,
                    result.status(),
                    "the server answered with an HTML page instead of JSON; is the server URL right?");
        }
        try {
            T value = parser.parse(result.body());
            if (value == null) {
                throw new UnexpectedResponseException(request.method(), path, result.status(), "the response is null");
            }
            return value;
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                    ? j.getOriginalMessage()
                    : e.getMessage();
            throw new UnexpectedResponseException(
                    request.method(),
                    path,
                    result.status(),
                    "the response is not the expected JSON (" + shorten(reason) + ")");
        }
    }

    private static String shorten(String text) {
        if (text == null) {
            return "unreadable";
        }
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
