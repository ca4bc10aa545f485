package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Publishes a release through Gogs' web form ({@code POST /<owner>/<repo>/releases/new}): Gogs 0.14 has no API
 * to create releases, and the fixture has no helper for it.
 */
final class WebUiRelease {

    private WebUiRelease() {}

    /** Publishes release {@code tag} made from the tip of {@code branch} (a new tag, created by Gogs itself). */
    static void publish(GogsServer gogs, GogsRepository repo, String tag, String branch)
            throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> login = post(
                http,
                gogs.url() + "/user/login",
                Map.of(
                        "user_name",
                        repo.actor().name(),
                        "password",
                        repo.actor().password()));
        expectRedirect(login, "log in as " + repo.actor().name());
        String page = gogs.url() + "/" + repo.fullName() + "/releases/new";
        // Logging in drops the CSRF cookie; the next page sets one bound to the new session.
        http.send(HttpRequest.newBuilder(URI.create(page)).GET().build(), HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("_csrf"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Gogs set no _csrf cookie"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("tag_name", tag);
        form.put("tag_target", branch);
        form.put("title", "Release " + tag);
        form.put("content", "Notes for " + tag);
        expectRedirect(post(http, page, form), "publish release " + tag + " of " + repo.fullName());
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void expectRedirect(HttpResponse<String> response, String what) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/user/login")) {
            throw new IllegalStateException("Could not " + what + ": the web form answered " + response.statusCode());
        }
    }
}
