package io.jenkins.plugins.gogs.client.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The way peers' clients list Gogs issues: request a page, then follow its {@code rel="next"} link, one page at a
 * time, until there is none. Same HTTP library (pooled, keep-alive) and JSON parser as our client, so the
 * comparison measures the pagination strategy. Only right for {@code state=open}: Gogs' next links drop the state.
 */
final class NextLinkBaseline implements AutoCloseable {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private final CloseableHttpClient http =
            HttpClients.custom().disableAutomaticRetries().build();
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Pattern ORIGIN = Pattern.compile("^https?://[^/]+");

    private final String token;
    private final String origin;
    private int requests;

    /**
     * @param origin scheme, host and port to send every request to (replacing the one in Gogs' links), so that the
     *               baseline crosses the same simulated network as our client
     */
    NextLinkBaseline(String token, String origin) {
        this.token = token;
        this.origin = origin;
    }

    /** The issue numbers of every open issue, following next links from {@code firstPageUrl}. */
    List<Long> listIssueNumbers(String firstPageUrl) throws IOException {
        List<Long> numbers = new ArrayList<>();
        String url = firstPageUrl;
        while (url != null) {
            HttpGet get = new HttpGet(ORIGIN.matcher(url).replaceFirst(origin));
            get.setHeader("Authorization", "token " + token);
            requests++;
            url = http.execute(get, response -> {
                if (response.getCode() != 200) {
                    throw new IOException("HTTP " + response.getCode() + " for " + get.getRequestUri());
                }
                JsonNode page = json.readTree(EntityUtils.toByteArray(response.getEntity()));
                page.forEach(issue -> numbers.add(issue.path("number").asLong()));
                Header link = response.getFirstHeader("Link");
                Matcher next = link == null ? null : NEXT.matcher(link.getValue());
                return next != null && next.find() ? next.group(1) : null;
            });
        }
        return numbers;
    }

    /** Requests made since the last call, then starts counting again. */
    int takeRequestCount() {
        int count = requests;
        requests = 0;
        return count;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
