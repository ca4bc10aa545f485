package io.jenkins.plugins.gogs.config;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.ACL;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Finds the credentials the plugin talks to Gogs with, with the current (non-deprecated) credentials API, in the
 * narrowest context known: a run, an item, or Jenkins itself.
 */
@Restricted(NoExternalUse.class)
public final class GogsCredentialLookup {

    /**
     * What may log in to Gogs: a Gogs access token (both kinds below at once), a secret text holding a token, or a
     * username with password (exchanged for a token by {@link GogsClients}). Git can check out with the kinds that
     * have a username: a Gogs access token or a username with password.
     */
    public static final CredentialsMatcher LOGINS = CredentialsMatchers.anyOf(
            CredentialsMatchers.instanceOf(StringCredentials.class),
            CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class));

    private GogsCredentialLookup() {}

    /** Credentials configured by an admin for a server (global configuration, webhooks): Jenkins' own store. */
    @CheckForNull
    public static StandardCredentials inJenkins(@CheckForNull String credentialsId, @NonNull String serverUrl) {
        if (credentialsId == null) {
            return null;
        }
        return CredentialsProvider.findCredentialByIdInItemGroup(
                credentialsId, StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, requirements(serverUrl));
    }

    /** Credentials an item (a multibranch project, an organization folder) may use; Jenkins' own without an item. */
    @CheckForNull
    public static StandardCredentials inItem(
            @CheckForNull String credentialsId, @CheckForNull Item item, @NonNull String serverUrl) {
        if (credentialsId == null) {
            return null;
        }
        if (item == null) {
            return inJenkins(credentialsId, serverUrl);
        }
        return CredentialsProvider.findCredentialByIdInItem(
                credentialsId, StandardCredentials.class, item, ACL.SYSTEM2, requirements(serverUrl));
    }

    /** Credentials a build may use (the run's item and its authentication); tracked as used by the run. */
    @CheckForNull
    public static StandardCredentials inRun(
            @CheckForNull String credentialsId, @NonNull Run<?, ?> run, @NonNull String serverUrl) {
        if (credentialsId == null) {
            return null;
        }
        StandardCredentials found = CredentialsProvider.findCredentialById(
                credentialsId, StandardCredentials.class, run, requirements(serverUrl));
        return CredentialsProvider.track(run, found);
    }

    @NonNull
    static List<DomainRequirement> requirements(@NonNull String serverUrl) {
        return URIRequirementBuilder.fromUri(serverUrl).build();
    }
}
