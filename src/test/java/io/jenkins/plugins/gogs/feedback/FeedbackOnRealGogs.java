package io.jenkins.plugins.gogs.feedback;

import io.jenkins.plugins.gogs.fixture.GogsPullRequest;
import io.jenkins.plugins.gogs.fixture.GogsRepository;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.RealGogs;
import io.jenkins.plugins.gogs.fixture.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the feedback tests against the run's real Gogs share: the server, clients of it (closed when the test class
 * ends) and a pull request to report to. Test classes run one after another, so the fields serve each in turn.
 */
@RealGogs
abstract class FeedbackOnRealGogs {

    static GogsServer gogs;
    static TestClients clients;

    @BeforeAll
    static void connect(GogsServer server) {
        gogs = server;
        clients = new TestClients(server);
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    /** A pull request from a new branch {@code topic} into {@code master}. */
    static GogsPullRequest pullRequestFromTopic(GogsRepository repo) {
        repo.pushBranch("topic");
        return repo.openPullRequest("master", "topic");
    }
}
