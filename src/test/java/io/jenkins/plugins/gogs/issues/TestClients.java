package io.jenkins.plugins.gogs.issues;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.client.RequestListener;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import java.util.ArrayList;
import java.util.List;

/** Clients of the test's real Gogs for the issue core, closed together when the test class ends. */
final class TestClients implements AutoCloseable {

    private final GogsServer gogs;
    private final List<GogsClient> open = new ArrayList<>();

    TestClients(GogsServer gogs) {
        this.gogs = gogs;
    }

    GogsClient as(GogsUser user, RequestListener... listeners) {
        var builder = GogsClient.builder(gogs.url()).credentials(GogsCredentials.token(user.token()));
        for (RequestListener listener : listeners) {
            builder.listener(listener);
        }
        GogsClient client = builder.build();
        open.add(client);
        return client;
    }

    GogsClient anonymous() {
        GogsClient client = GogsClient.builder(gogs.url()).credentials(GogsCredentials.anonymous()).build();
        open.add(client);
        return client;
    }

    @Override
    public void close() {
        open.forEach(GogsClient::close);
    }
}
