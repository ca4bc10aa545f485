package io.jenkins.plugins.gogs.scm;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.config.GogsClients;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsCredentialLookup;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.navigation.OwnerRepositories;
import io.jenkins.plugins.gogs.navigation.RepositoryChoices;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.model.Jenkins;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceOwner;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.springframework.security.core.Authentication;

/**
 * The form methods the source and navigator share. Each first checks that the user may configure the item (or
 * administer Jenkins, for a form outside any item); without that they answer with the current value only, so that
 * neither credentials nor repositories are listed to someone who may not see them.
 */
@Restricted(NoExternalUse.class)
final class GogsForms {

    private GogsForms() {}

    /** Whether the current user may configure this item (or Jenkins, without an item) or use its credentials. */
    static boolean mayConfigure(@CheckForNull Item context) {
        if (context == null) {
            return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
        }
        return context.hasPermission(Item.CONFIGURE) || context.hasPermission(CredentialsProvider.USE_ITEM);
    }

    /** Whether the current user may make the server call a form check asks for. */
    static boolean mayQuery(@CheckForNull Item context) {
        return context == null
                ? Jenkins.get().hasPermission(Jenkins.ADMINISTER)
                : context.hasPermission(Item.CONFIGURE);
    }

    static ListBoxModel servers(@CheckForNull Item context, @CheckForNull String current) {
        ListBoxModel items = new ListBoxModel();
        if (!mayConfigure(context)) {
            if (current != null) {
                items.add(current);
            }
            return items;
        }
        for (GogsServer server : GogsConfiguration.get().getServers()) {
            items.add(server.getName() + " (" + server.getServerUrl() + ")", server.getServerUrl());
        }
        return items;
    }

    static FormValidation checkServer(@CheckForNull String serverUrl) {
        if (Util.fixEmptyAndTrim(serverUrl) == null) {
            return FormValidation.error(Messages.GogsForms_SelectServer());
        }
        if (GogsConfiguration.get().findServer(serverUrl).isEmpty()) {
            return FormValidation.error(Messages.GogsForms_NoSuchServer(serverUrl));
        }
        return FormValidation.ok();
    }

    static ListBoxModel tokenCredentials(
            @CheckForNull Item context, @CheckForNull String serverUrl, @CheckForNull String current) {
        StandardListBoxModel result = new StandardListBoxModel();
        if (!mayConfigure(context)) {
            result.includeCurrentValue(Util.fixNull(current));
            return result;
        }
        result.includeEmptyValue();
        result.includeMatchingAs(
                authentication(context),
                context,
                StandardCredentials.class,
                URIRequirementBuilder.fromUri(serverUrl).build(),
                GogsCredentialLookup.LOGINS);
        if (current != null && !current.isEmpty()) {
            result.includeCurrentValue(current);
        }
        return result;
    }

    static FormValidation checkTokenCredentials(
            @CheckForNull Item context, @CheckForNull String serverUrl, @CheckForNull String credentialsId) {
        if (!mayConfigure(context) || Util.fixEmptyAndTrim(credentialsId) == null || serverUrl == null) {
            return FormValidation.ok();
        }
        StandardCredentials credentials = GogsCredentialLookup.inItem(credentialsId, context, serverUrl);
        if (credentials == null) {
            return FormValidation.error(Messages.GogsForms_CredentialsNotFound());
        }
        if (!GogsCredentialLookup.LOGINS.matches(credentials)) {
            return FormValidation.error(Messages.GogsForms_NotALogin());
        }
        if (!(credentials instanceof StandardUsernameCredentials)) {
            // git cannot send a secret text, so checkouts go without credentials
            return FormValidation.warning(Messages.GogsForms_SecretTextClonesAnonymously());
        }
        return FormValidation.ok();
    }

    /**
     * The repositories of an owner, by name, for a drop-down, plus the repositories the item's Gogs sources of that
     * server and owner are saved with, so that a value Gogs does not list is kept. The drop-down does not depend on
     * its own value (Jenkins refills a drop-down whenever a field it depends on changes): picking a repository asks
     * Gogs nothing.
     */
    static ListBoxModel repositories(
            @CheckForNull Item context,
            @CheckForNull String serverUrl,
            @CheckForNull String credentialsId,
            @CheckForNull String owner) {
        List<String> saved = savedRepositories(context, serverUrl, owner);
        List<String> listed = List.of();
        if (mayQuery(context) && Util.fixEmptyAndTrim(owner) != null) {
            Optional<GogsClient> client = client(context, serverUrl, credentialsId);
            if (client.isPresent()) {
                try {
                    listed = OwnerRepositories.list(client.get(), owner.trim()).stream()
                            .map(Repository::name)
                            .toList();
                } catch (GogsException e) {
                    // the saved values alone; the repository field's check says what is wrong
                }
            }
        }
        ListBoxModel items = new ListBoxModel();
        RepositoryChoices.of(listed, saved).forEach(items::add);
        return items;
    }

    /** The repositories of the item's Gogs sources on this server and owner, for those who may see its form. */
    private static List<String> savedRepositories(
            @CheckForNull Item context, @CheckForNull String serverUrl, @CheckForNull String owner) {
        if (!(context instanceof SCMSourceOwner item) || !context.hasPermission(Item.EXTENDED_READ)) {
            return List.of();
        }
        List<String> saved = new ArrayList<>();
        for (SCMSource source : item.getSCMSources()) {
            if (source instanceof GogsSCMSource gogs
                    && GogsRepositoryMatch.sameServer(gogs.getServerUrl(), serverUrl)
                    && GogsRepositoryMatch.sameName(gogs.getRepoOwner(), Util.fixEmptyAndTrim(owner))
                    && gogs.getRepository() != null) {
                saved.add(gogs.getRepository());
            }
        }
        return saved;
    }

    /** The client a form may use: for a configured server, with credentials the item may use. */
    static Optional<GogsClient> client(
            @CheckForNull Item context, @CheckForNull String serverUrl, @CheckForNull String credentialsId) {
        Optional<GogsServer> server = GogsConfiguration.get().findServer(serverUrl);
        if (server.isEmpty()) {
            return Optional.empty();
        }
        StandardCredentials credentials = GogsCredentialLookup.inItem(
                Util.fixEmptyAndTrim(credentialsId), context, server.get().getServerUrl());
        if (credentialsId != null && !credentialsId.isBlank() && credentials == null) {
            return Optional.empty();
        }
        return Optional.of(GogsClients.forServer(server.get(), credentials));
    }

    private static Authentication authentication(@CheckForNull Item context) {
        return context instanceof Queue.Task task ? task.getDefaultAuthentication2() : ACL.SYSTEM2;
    }
}
