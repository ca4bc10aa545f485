package io.jenkins.plugins.gogs.client;

import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import java.util.ArrayList;
import java.util.List;

/** Clients of the test's real Gogs, closed together at the end of a test class. */
final class Clients implements AutoCloseable {

    private final GogsServer gogs;
    private final List<GogsClient> open = new ArrayList<>();

    Clients(GogsServer gogs) {
        this.gogs = gogs;
    }

    GogsClient as(GogsUser user) {
        return track(GogsClient.builder(gogs.url()).credentials(GogsCredentials.token(user.token())));
    }

    GogsClient as(GogsUser user, RequestListener listener) {
        return track(GogsClient.builder(gogs.url()).credentials(GogsCredentials.token(user.token())).listener(listener));
    }

    GogsClient withPassword(GogsUser user) {
        return track(GogsClient.builder(gogs.url()).credentials(GogsCredentials.password(user.name(), user.password())));
    }

    GogsClient track(GogsClientBuilder builder) {
        GogsClient client = builder.build();
        open.add(client);
        return client;
    }

    @Override
    public void close() {
        open.forEach(GogsClient::close);
    }
}
