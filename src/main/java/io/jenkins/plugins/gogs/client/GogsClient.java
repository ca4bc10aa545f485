package io.jenkins.plugins.gogs.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A client for one Gogs 0.14 server and one credential. Thread-safe and meant to be shared: it holds a pool of
 * connections and a small pool of threads for fetching pages concurrently; {@link #close()} releases both.
 *
 * <pre>{@code
 * try (GogsClient gogs = GogsClient.builder("https://gogs.example.com").credentials(GogsCredentials.token(t)).build()) {
 *     User me = gogs.users().authenticated();
 *     List<Issue> open = gogs.repo("alice", "demo").issues().list(IssueState.OPEN);
 * }
 * }</pre>
 *
 * Guarantees (see docs/client.md): page URLs are built from the server URL given here and never taken from the
 * server's {@code Link} header; no redirect is followed; the credential is only ever sent in the {@code Authorization}
 * header to this server and is never logged or put into a message.
 */
public final class GogsClient implements AutoCloseable {

    private final String serverUrl;
    private final GogsCredentials credentials;
    private final HttpTransport transport;
    private final ExecutorService pageExecutor;
    private final ApiCaller caller;
    private final Paginator paginator;

    GogsClient(String serverUrl, GogsCredentials credentials, HttpTransport transport, ExecutorService pageExecutor) {
        this.serverUrl = serverUrl;
        this.credentials = credentials;
        this.transport = transport;
        this.pageExecutor = pageExecutor;
        this.caller = new ApiCaller(transport);
        this.paginator = new Paginator(caller, pageExecutor);
    }

    /** Starts a client for the server at that URL (normalized with {@link ServerUrl#normalize(String)}). */
    public static GogsClientBuilder builder(String serverUrl) {
        return new GogsClientBuilder(serverUrl);
    }

    /** The normalized server URL every request goes to. */
    public String serverUrl() {
        return serverUrl;
    }

    public UsersApi users() {
        return new UsersApi(caller);
    }

    public OrgsApi orgs() {
        return new OrgsApi(caller);
    }

    /** Access tokens; only for a client built with {@link GogsCredentials#password}. */
    public TokensApi tokens() {
        return new TokensApi(caller, credentials);
    }

    public ReposApi repos() {
        return new ReposApi(caller, paginator);
    }

    /** One repository and what is in it: refs, files, issues, comments, labels, milestones, webhooks. */
    public RepoApi repo(String owner, String name) {
        return new RepoApi(caller, paginator, new RepoCoordinates(owner, name));
    }

    /** Closes the connections and stops the page threads; requests still running fail. */
    @Override
    public void close() {
        pageExecutor.shutdownNow();
        try {
            transport.close();
            pageExecutor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the connections to " + serverUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "GogsClient[" + serverUrl + ", " + credentials + "]";
    }
}
