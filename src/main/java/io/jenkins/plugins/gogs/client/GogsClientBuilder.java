package io.jenkins.plugins.gogs.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Settings for a {@link GogsClient}; every one but the server URL has a default. Not thread-safe. */
public final class GogsClientBuilder {

    private static final AtomicInteger CLIENT_NUMBER = new AtomicInteger();

    private final String serverUrl;
    private GogsCredentials credentials = GogsCredentials.anonymous();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private ProxySettings proxy;
    private String userAgent = defaultUserAgent();
    private int pageConcurrency = 8;
    private final List<RequestListener> listeners = new ArrayList<>();

    GogsClientBuilder(String serverUrl) {
        this.serverUrl = ServerUrl.normalize(serverUrl);
    }

    public GogsClientBuilder credentials(GogsCredentials value) {
        this.credentials = Objects.requireNonNull(value, "credentials");
        return this;
    }

    /** How long to wait for a connection to be made (default 10 s). */
    public GogsClientBuilder connectTimeout(Duration value) {
        this.connectTimeout = positive(value, "connect timeout");
        return this;
    }

    /** How long to wait for response data, and for a free pooled connection (default 30 s). */
    public GogsClientBuilder readTimeout(Duration value) {
        this.readTimeout = positive(value, "read timeout");
        return this;
    }

    public GogsClientBuilder retryPolicy(RetryPolicy value) {
        this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
        return this;
    }

    /** An HTTP proxy; null (the default) connects directly. */
    public GogsClientBuilder proxy(ProxySettings value) {
        this.proxy = value;
        return this;
    }

    /** The User-Agent header; the default names this plugin and its version. */
    public GogsClientBuilder userAgent(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The User-Agent is empty");
        }
        this.userAgent = value.strip();
        return this;
    }

    /** How many pages of one listing are fetched at the same time (default 8, 1 to 32). */
    public GogsClientBuilder pageConcurrency(int value) {
        if (value < 1 || value > 32) {
            throw new IllegalArgumentException("The page concurrency must be between 1 and 32, not " + value);
        }
        this.pageConcurrency = value;
        return this;
    }

    /** Adds a listener told about every HTTP exchange (e.g. a {@link RequestCounter}). */
    public GogsClientBuilder listener(RequestListener value) {
        listeners.add(Objects.requireNonNull(value, "listener"));
        return this;
    }

    public GogsClient build() {
        // Room for a full set of page fetches plus a few calls from other threads sharing the client.
        int maxConnections = pageConcurrency + 8;
        HttpTransport transport = new HttpTransport(
                serverUrl,
                credentials,
                retryPolicy,
                readTimeout,
                listeners,
                HttpClientFactory.create(connectTimeout, readTimeout, maxConnections, userAgent, proxy));
        return new GogsClient(serverUrl, credentials, transport, pageExecutor());
    }

    private ExecutorService pageExecutor() {
        String prefix = "gogs-client-" + CLIENT_NUMBER.incrementAndGet() + "-pages-";
        AtomicInteger thread = new AtomicInteger();
        ThreadFactory daemons = task -> {
            Thread t = new Thread(task, prefix + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                pageConcurrency, pageConcurrency, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons);
        executor.allowCoreThreadTimeOut(true); // an idle client holds no threads
        return executor;
    }

    private static Duration positive(Duration value, String what) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("The " + what + " must be positive");
        }
        return value;
    }

    static String defaultUserAgent() {
        String version = GogsClient.class.getPackage().getImplementationVersion();
        return "Jenkins-Gogs-Plugin/" + (version == null ? "dev" : version);
    }
}
