package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.RequestCounter;
import io.jenkins.plugins.gogs.client.RequestEvent;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.fixture.TestClients;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Clients of the test's real Gogs that record their requests; closed together at the end of a test class. */
final class DiscoveryClients implements AutoCloseable {

    /** A client and what it asked Gogs. */
    record Counted(GogsClient client, RequestCounter counter, List<RequestEvent> requests) {

        /** The targets asked since the last call, and forgets them. */
        List<String> takeTargets() {
            List<String> targets = requests.stream().map(RequestEvent::target).toList();
            requests.clear();
            counter.reset();
            return targets;
        }
    }

    private final TestClients clients;

    DiscoveryClients(GogsServer gogs) {
        this.clients = new TestClients(gogs);
    }

    Counted as(GogsUser user) {
        RequestCounter counter = new RequestCounter();
        List<RequestEvent> requests = new CopyOnWriteArrayList<>();
        return new Counted(clients.as(user, counter, requests::add), counter, requests);
    }

    @Override
    public void close() {
        clients.close();
    }
}
