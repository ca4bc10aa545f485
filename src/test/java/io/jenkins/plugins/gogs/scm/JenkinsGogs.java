package io.jenkins.plugins.gogs.scm;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.fixture.GogsServer;
import io.jenkins.plugins.gogs.fixture.GogsUser;
import java.io.IOException;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;

/** Points a test Jenkins at the test's Gogs: the server configured, a user's token stored as a credential. */
final class JenkinsGogs {

    static final String CREDENTIALS_ID = "gogs-token";

    private JenkinsGogs() {}

    static void configure(GogsServer gogs, GogsUser user) throws IOException {
        GogsConfiguration.get().setServers(List.of(new io.jenkins.plugins.gogs.config.GogsServer(gogs.url())));
        SystemCredentialsProvider credentials = SystemCredentialsProvider.getInstance();
        credentials
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL,
                        CREDENTIALS_ID,
                        "token of " + user.name(),
                        Secret.fromString(user.token())));
        credentials.save();
    }
}
