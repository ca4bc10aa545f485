package io.jenkins.plugins.gogs.scm;

import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import io.jenkins.plugins.gogs.webhook.JenkinsWithGogs;
import java.io.IOException;
import java.util.List;

/** Points a test Jenkins at the test's Gogs: the server configured, a user's token stored as a credential. */
final class JenkinsGogs {

    static final String CREDENTIALS_ID = "gogs-token";

    private JenkinsGogs() {}

    static void configure(GogsServer gogs, GogsUser user) throws IOException {
        GogsConfiguration.get().setServers(List.of(new io.jenkins.plugins.gogs.config.GogsServer(gogs.url())));
        JenkinsWithGogs.addToken(CREDENTIALS_ID, user);
    }
}
