package io.jenkins.plugins.gogs.notify;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.config.GogsClients;
import io.jenkins.plugins.gogs.config.GogsCredentialLookup;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import java.io.IOException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The client feedback and rebuild checks use: the source's credentials, or the server's when the source has none. */
@Restricted(NoExternalUse.class)
final class FeedbackClients {

    private FeedbackClients() {}

    static GogsClient of(GogsSCMSource source) throws IOException {
        GogsServer server = source.server();
        String credentialsId = source.getCredentialsId();
        if (credentialsId == null) {
            return GogsClients.forJenkins(server);
        }
        StandardCredentials credentials =
                GogsCredentialLookup.inItem(credentialsId, source.getOwner(), server.getServerUrl());
        if (credentials == null) {
            throw new IOException(Messages.BuildFeedback_NoCredentials(credentialsId));
        }
        return GogsClients.forServer(server, credentials);
    }
}
