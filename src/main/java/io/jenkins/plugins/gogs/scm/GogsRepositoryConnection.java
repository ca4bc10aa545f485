package io.jenkins.plugins.gogs.scm;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.config.GogsClients;
import io.jenkins.plugins.gogs.config.GogsCredentialLookup;
import io.jenkins.plugins.gogs.config.GogsServer;
import java.io.IOException;

/**
 * The shared client of a source's server and credentials, aimed at its repository. The client belongs to the shared
 * cache: nothing here closes it.
 */
final class GogsRepositoryConnection {

    private final GogsClient client;
    private final String owner;
    private final String repository;

    GogsRepositoryConnection(@NonNull GogsClient client, @NonNull String owner, @NonNull String repository) {
        this.client = client;
        this.owner = owner;
        this.repository = repository;
    }

    /** The source's server and credentials, as its owner item may use them; using them is tracked on the item. */
    @NonNull
    static GogsRepositoryConnection open(@NonNull GogsSCMSource source) throws IOException {
        GogsServer server = source.server();
        String credentialsId = source.getCredentialsId();
        StandardCredentials credentials =
                GogsCredentialLookup.inItem(credentialsId, source.getOwner(), server.getServerUrl());
        if (credentialsId != null && credentials == null) {
            throw new AbortException("The credentials '" + credentialsId + "' of " + source
                    + " cannot be found (or this item may not use them)");
        }
        if (credentials != null && source.getOwner() != null) {
            CredentialsProvider.track(source.getOwner(), credentials);
        }
        return new GogsRepositoryConnection(
                GogsClients.forServer(server, credentials), source.getRepoOwner(), source.getRepository());
    }

    /**
     * The credentials git checks out with over HTTP(S): the scan credentials when git can use them, that is when they
     * have a username and password: a Gogs access token (the token's user, with the token as the password, which
     * Gogs accepts) or a plain username and password. None for a plain secret text, which git cannot send: then
     * public repositories still check out, and private ones need one of the other kinds or the SSH checkout trait.
     */
    @CheckForNull
    static String checkoutCredentialsId(@NonNull GogsSCMSource source) {
        String credentialsId = source.getCredentialsId();
        if (credentialsId == null) {
            return null;
        }
        StandardCredentials credentials =
                GogsCredentialLookup.inItem(credentialsId, source.getOwner(), source.getServerUrl());
        return credentials instanceof StandardUsernameCredentials ? credentialsId : null;
    }

    @NonNull
    GogsClient client() {
        return client;
    }

    @NonNull
    String owner() {
        return owner;
    }

    @NonNull
    String repositoryName() {
        return repository;
    }

    @NonNull
    RepoApi api() {
        return client.repo(owner, repository);
    }

    /** The repository record, with the caller's real permissions. */
    @NonNull
    Repository repository() throws IOException {
        try {
            return api().get();
        } catch (GogsException e) {
            throw new IOException(
                    "Cannot read the Gogs repository " + owner + "/" + repository + ": " + e.getMessage(), e);
        }
    }
}
