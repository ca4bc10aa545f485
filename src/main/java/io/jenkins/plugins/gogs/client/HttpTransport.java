package io.jenkins.plugins.gogs.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Sends {@link ApiRequest}s to one server: adds the credential header, retries what may be retried, tells the
 * listeners, and turns failures into {@link GogsException}s. Thread-safe.
 */
final class HttpTransport implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger(HttpTransport.class.getName());
    private static final Set<Integer> RETRIED_STATUSES = Set.of(502, 503, 504);

    private final String serverUrl;
    private final GogsCredentials credentials;
    private final RetryPolicy retryPolicy;
    private final Duration readTimeout;
    private final List<RequestListener> listeners;
    private final CloseableHttpClient http;

    HttpTransport(
            String serverUrl,
            GogsCredentials credentials,
            RetryPolicy retryPolicy,
            Duration readTimeout,
            List<RequestListener> listeners,
            CloseableHttpClient http) {
        this.serverUrl = serverUrl;
        this.credentials = credentials;
        this.retryPolicy = retryPolicy;
        this.readTimeout = readTimeout;
        this.listeners = List.copyOf(listeners);
        this.http = http;
    }

    /** Sends the request; returns a 2xx response, or throws the exception for what went wrong. */
    HttpResult send(ApiRequest request) {
        String path = request.fullPath();
        for (int attempt = 1; ; attempt++) {
            boolean mayRetry = request.idempotent() && attempt <= retryPolicy.maxRetries();
            long start = System.nanoTime();
            HttpResult result;
            try {
                result = exchange(request);
            } catch (IOException e) {
                notifyListeners(request, 0, attempt, start);
                if (mayRetry && isConnectionFailure(e)) {
                    LOGGER.log(Level.FINE, "{0} {1} failed ({2}); retrying", new Object[] {request.method(), path, e});
                    waitBeforeRetry(request, path, attempt);
                    continue;
                }
                throw new UnreachableException(request.method(), path, describe(e), e);
            }
            notifyListeners(request, result.status(), attempt, start);
            LOGGER.log(
                    Level.FINE, "{0} {1} -> {2}", new Object[] {request.method(), request.target(), result.status()});
            if (result.status() >= 200 && result.status() < 300) {
                return result;
            }
            if (mayRetry && RETRIED_STATUSES.contains(result.status())) {
                waitBeforeRetry(request, path, attempt);
                continue;
            }
            throw ErrorMapper.toException(request.method(), path, result);
        }
    }

    private HttpResult exchange(ApiRequest request) throws IOException {
        HttpUriRequestBase message = new HttpUriRequestBase(request.method(), URI.create(serverUrl + request.target()));
        message.setHeader(HttpHeaders.ACCEPT, request.accept());
        String authorization = request.root() == ApiRequest.Root.GIT
                ? credentials.gitAuthorizationHeader()
                : credentials.authorizationHeader();
        if (authorization != null) {
            message.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (request.body() != null) {
            message.setEntity(new ByteArrayEntity(JsonCodec.write(request.body()), ContentType.APPLICATION_JSON));
        }
        return http.execute(message, response -> {
            byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            return new HttpResult(
                    response.getCode(),
                    headerValue(response.getFirstHeader(HttpHeaders.CONTENT_TYPE)),
                    headerValue(response.getFirstHeader("Link")),
                    headerValue(response.getFirstHeader(HttpHeaders.DATE)),
                    body);
        });
    }

    private static String headerValue(Header header) {
        return header == null ? null : header.getValue();
    }

    /** A failure where the request most likely did not reach the server, or its answer was lost on the way. */
    private static boolean isConnectionFailure(IOException e) {
        if (e instanceof ConnectTimeoutException) {
            return true;
        }
        if (e instanceof UnknownHostException || e instanceof SSLException || e instanceof InterruptedIOException) {
            return false; // includes SocketTimeoutException: the server is slow, asking again adds load
        }
        return e instanceof ConnectException || e instanceof SocketException || e instanceof NoHttpResponseException;
    }

    private String describe(IOException e) {
        if (e instanceof ConnectTimeoutException) {
            return "connecting timed out";
        }
        if (e instanceof SocketTimeoutException) {
            return "no response within the read timeout of " + readTimeout.toMillis() + " ms";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof SSLException) {
            return "TLS failed: " + e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof NoHttpResponseException) {
            return "the server closed the connection without answering";
        }
        if (e instanceof InterruptedIOException) {
            return "interrupted";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void waitBeforeRetry(ApiRequest request, String path, int attempt) {
        try {
            Thread.sleep(retryPolicy.delayBefore(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException(request.method(), path, "interrupted while waiting to retry", e);
        }
    }

    private void notifyListeners(ApiRequest request, int status, int attempt, long startNanos) {
        if (listeners.isEmpty()) {
            return;
        }
        RequestEvent event = new RequestEvent(
                request.method(), request.target(), status, attempt, Duration.ofNanos(System.nanoTime() - startNanos));
        for (RequestListener listener : listeners) {
            try {
                listener.exchanged(event);
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "A request listener failed", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
