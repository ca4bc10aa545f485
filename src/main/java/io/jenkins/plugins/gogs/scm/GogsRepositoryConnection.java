package io.jenkins.plugins.gogs.scm;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Item;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.config.GogsClients;
import io.jenkins.plugins.gogs.config.GogsCredentialLookup;
import io.jenkins.plugins.gogs.config.GogsServer;
import java.io.IOException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The shared client of a source's server and credentials, aimed at its repository. The client belongs to the shared
 * cache: nothing here closes it.
 */
@Restricted(NoExternalUse.class)
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
        return open(source, null);
    }

    /**
     * The source's server and credentials, as {@code context} may use them (the item a shared library is loaded
     * for, which may see folder credentials), else as the source's owner may; using them is tracked on that item.
     */
    @NonNull
    static GogsRepositoryConnection open(@NonNull GogsSCMSource source, @CheckForNull Item context) throws IOException {
        GogsServer server = source.server();
        String credentialsId = source.getCredentialsId();
        Item item = context != null ? context : source.getOwner(); // read once: the owner may change meanwhile
        StandardCredentials credentials = GogsCredentialLookup.inItem(credentialsId, item, server.getServerUrl());
        if (credentialsId != null && credentials == null) {
            throw new AbortException(Messages.GogsRepositoryConnection_CredentialsNotFound(
                    credentialsId, source, item == null ? "Jenkins" : item.getFullName()));
        }
        if (credentials != null && item != null) {
            CredentialsProvider.track(item, credentials);
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
        Item owner = source.getOwner();
        if (owner == null) {
            // a shared library's source: git looks the id up as the build loading the library may (folder
            // credentials included), and passes over an id that is not a username and password
            return credentialsId;
        }
        StandardCredentials credentials = GogsCredentialLookup.inItem(credentialsId, owner, source.getServerUrl());
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
            throw new IOException(Messages.GogsRepositoryConnection_CannotRead(owner, repository, e.getMessage()), e);
        }
    }
}
