package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.model.Repository;
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

    @NonNull
    GogsClient client() {
        return client;
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
            throw new IOException("Cannot read the Gogs repository " + owner + "/" + repository + ": "
                    + e.getMessage(), e);
        }
    }
}
