package io.jenkins.plugins.gogs.webhook;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.gogs.config.GogsCredentialLookup;
import io.jenkins.plugins.gogs.config.GogsServer;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The webhook secret of a configured server: the secret text credential it names, if any. */
@Restricted(NoExternalUse.class)
final class ServerSecrets {

    /**
     * {@code secret} is null when the server has no secret configured; {@code problem} is set (and {@code secret}
     * unusable) when the server names a credential that cannot be used. Its {@code toString} never shows the secret.
     */
    static final class Resolved {
        private final String secret;
        private final String problem;

        private Resolved(String secret, String problem) {
            this.secret = secret;
            this.problem = problem;
        }

        @CheckForNull
        String secret() {
            return secret;
        }

        @CheckForNull
        String problem() {
            return problem;
        }

        @Override
        public String toString() {
            return problem != null ? "secret unusable" : secret == null ? "no secret" : "secret set";
        }
    }

    private ServerSecrets() {}

    @NonNull
    static Resolved of(@NonNull GogsServer server) {
        String id = server.getWebhookSecretCredentialsId();
        if (id == null) {
            return new Resolved(null, null);
        }
        StandardCredentials credentials = GogsCredentialLookup.inJenkins(id, server.getServerUrl());
        if (credentials instanceof StringCredentials text
                && !text.getSecret().getPlainText().isEmpty()) {
            return new Resolved(text.getSecret().getPlainText(), null);
        }
        return new Resolved(
                null,
                credentials == null
                        ? Messages.ServerSecrets_NotFound(id, server)
                        : Messages.ServerSecrets_NotASecretText(id, server));
    }
}
