package io.jenkins.plugins.gogs.config;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.Util;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.gogs.client.ServerUrl;
import io.jenkins.plugins.gogs.credentials.GogsAccessToken;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The credential select boxes and checks of a server entry, by the credentials plugin's conventions: Jenkins-level
 * credentials (global and system scope) matching the server's URL, an empty choice, and for a user who may not
 * configure servers nothing but the current value.
 */
@Restricted(NoExternalUse.class)
final class CredentialChoices {

    /** Webhook secrets: secret texts, but not Gogs access tokens (a token is no shared secret for signatures). */
    static final CredentialsMatcher SECRETS = CredentialsMatchers.allOf(
            CredentialsMatchers.instanceOf(StringCredentials.class),
            CredentialsMatchers.not(CredentialsMatchers.instanceOf(GogsAccessToken.class)));
    /**
     * What "Create token" can exchange: usernames with a password, but not Gogs access tokens (their password is a
     * token already, and Gogs' token API takes no token as a password).
     */
    static final CredentialsMatcher PASSWORDS = CredentialsMatchers.allOf(
            CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class),
            CredentialsMatchers.not(CredentialsMatchers.instanceOf(GogsAccessToken.class)));

    private CredentialChoices() {}

    static ListBoxModel list(String serverUrl, String current, CredentialsMatcher matcher) {
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return new StandardListBoxModel().includeCurrentValue(Util.fixNull(current));
        }
        return new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(
                        ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class, requirements(serverUrl), matcher)
                .includeCurrentValue(Util.fixNull(current));
    }

    /**
     * Checks that a chosen credential exists at Jenkins level and is of a kind the field accepts. Says nothing to a
     * user who may not configure servers.
     *
     * @param kinds what the field accepts, for the message, e.g. "a secret text (a Gogs access token)"
     * @param none  the check result for an empty choice
     */
    static FormValidation check(
            String serverUrl, String credentialsId, CredentialsMatcher matcher, String kinds, FormValidation none) {
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return FormValidation.ok();
        }
        String id = Util.fixEmptyAndTrim(credentialsId);
        if (id == null) {
            return none;
        }
        StandardCredentials found = find(id, serverUrl);
        if (found == null) {
            return FormValidation.error(Messages.CredentialChoices_NotAvailable(id));
        }
        if (!matcher.matches(found)) {
            return FormValidation.error(Messages.CredentialChoices_WrongKind(
                    id, found.getDescriptor().getDisplayName(), kinds));
        }
        return FormValidation.ok();
    }

    /** A Jenkins-level credential by id, matched against the server's URL when it is a valid one. */
    static StandardCredentials find(String credentialsId, String serverUrl) {
        return CredentialsProvider.findCredentialByIdInItemGroup(
                credentialsId, StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, requirements(serverUrl));
    }

    static List<DomainRequirement> requirements(String serverUrl) {
        String url = urlOrNull(serverUrl);
        return url == null ? List.of() : GogsCredentialLookup.requirements(url);
    }

    static String urlOrNull(String serverUrl) {
        try {
            return ServerUrl.normalize(serverUrl);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
