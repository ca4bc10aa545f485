package io.jenkins.plugins.gogs.credentials;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.servers.MintedToken;
import io.jenkins.plugins.gogs.servers.TokenNaming;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Stores a token minted by the password-for-token exchange as a {@link GogsAccessToken} in Jenkins' own store (global
 * domain, global scope), with the user Gogs reported for it: selected for a server, it serves the API and git
 * checkouts; pipelines can use it with {@code withCredentials} as a secret text or as a username with password.
 */
@Restricted(NoExternalUse.class)
public final class TokenCredentialStore {

    private TokenCredentialStore() {}

    /**
     * Adds the token as a new credential and returns its id ({@code gogs-token-<host>-<user>}, numbered when taken).
     * The current user needs the permission to create credentials in Jenkins' store.
     *
     * @throws IOException when Jenkins did not store it
     */
    @NonNull
    public static String store(@NonNull String serverUrl, @NonNull MintedToken token) throws IOException {
        CredentialsStore store = systemStore();
        Set<String> taken = new HashSet<>();
        for (IdCredentials existing :
                CredentialsProvider.lookupCredentialsInItemGroup(IdCredentials.class, Jenkins.get(), ACL.SYSTEM2)) {
            taken.add(existing.getId());
        }
        for (Credentials existing : store.getCredentials(Domain.global())) {
            if (existing instanceof IdCredentials id) {
                taken.add(id.getId());
            }
        }
        String id = TokenNaming.credentialId(serverUrl, token.username(), taken::contains);
        GogsAccessToken credential = new GogsAccessToken(
                CredentialsScope.GLOBAL,
                id,
                TokenNaming.credentialDescription(serverUrl, token),
                token.username(),
                Secret.fromString(token.token()));
        if (!store.addCredentials(Domain.global(), credential)) {
            throw new IOException(Messages.TokenCredentialStore_NotStored(id));
        }
        return id;
    }

    private static CredentialsStore systemStore() throws IOException {
        for (CredentialsStore store : CredentialsProvider.lookupStores(Jenkins.get())) {
            if (store instanceof SystemCredentialsProvider.StoreImpl) {
                return store;
            }
        }
        throw new IOException(Messages.TokenCredentialStore_NoSystemStore());
    }
}
