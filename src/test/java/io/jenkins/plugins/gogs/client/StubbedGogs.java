package io.jenkins.plugins.gogs.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import java.time.Duration;

/** Helpers for the few tests that need faults a real Gogs cannot produce on demand (stubbed with WireMock). */
final class StubbedGogs {

    static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    private StubbedGogs() {}

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort())
                .build();
    }

    /** A client with short timeouts and fast retries, so that fault tests stay quick. */
    static GogsClientBuilder clientFor(WireMockRuntimeInfo stub) {
        return GogsClient.builder(stub.getHttpBaseUrl())
                .credentials(GogsCredentials.token(TOKEN))
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2))
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(50)));
    }

    static String issuesJson(int... numbers) {
        return issuesJson("2024-05-01T10:20:30+02:00", numbers);
    }

    /** Issues as Gogs lists them, all created at {@code createdAt}. */
    static String issuesJson(String createdAt, int... numbers) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < numbers.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(1000 + numbers[i])
                    .append(",\"number\":")
                    .append(numbers[i])
                    .append(",\"title\":\"issue ")
                    .append(numbers[i])
                    .append("\",\"state\":\"closed\",\"created_at\":\"")
                    .append(createdAt)
                    .append("\"}");
        }
        return json.append("]").toString();
    }
}
