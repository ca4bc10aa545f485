package io.jenkins.plugins.gogs.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.gogs.client.ServerUrl;
import io.jenkins.plugins.gogs.servers.ServerEntry;
import io.jenkins.plugins.gogs.servers.UrlChecks;
import java.net.URI;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.POST;

/**
 * One Gogs server as the admin configured it. Holds credential ids, no secrets (the tokens minted for
 * username/password credentials are kept by {@link ExchangedTokenStore}).
 */
@Restricted(NoExternalUse.class)
public class GogsServer implements Describable<GogsServer>, ServerEntry {

    private final String serverUrl;
    private String displayName;
    private String aliasUrl;
    private String credentialsId;
    private boolean manageHooks = true;
    private String webhookSecretCredentialsId;
    /**
     * Tokens that versions before {@link ExchangedTokenStore} kept with the server entry, read from older
     * configurations and moved to that store on first use; never written again once moved.
     */
    private volatile List<ExchangedToken> exchangedTokens;

    /** @throws IllegalArgumentException with a sentence for the user when the text is not an http(s) URL */
    @DataBoundConstructor
    public GogsServer(String serverUrl) {
        this.serverUrl = ServerUrl.normalize(serverUrl);
    }

    @Override
    public String getServerUrl() {
        return serverUrl;
    }

    /** The name users see and steps accept: the display name, else the host (and port) of the URL. */
    @NonNull
    @Override
    public String getName() {
        if (displayName != null) {
            return displayName;
        }
        URI uri = URI.create(serverUrl);
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    @CheckForNull
    public String getDisplayName() {
        return displayName;
    }

    @DataBoundSetter
    public void setDisplayName(String displayName) {
        this.displayName = Util.fixEmptyAndTrim(displayName);
    }

    @CheckForNull
    @Override
    public String getAliasUrl() {
        return aliasUrl;
    }

    /** @throws IllegalArgumentException with a sentence for the user when the text is not an http(s) URL */
    @DataBoundSetter
    public void setAliasUrl(String aliasUrl) {
        String value = Util.fixEmptyAndTrim(aliasUrl);
        try {
            this.aliasUrl = value == null ? null : ServerUrl.normalize(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("server URL", "alias URL"));
        }
    }

    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    public boolean isManageHooks() {
        return manageHooks;
    }

    @DataBoundSetter
    public void setManageHooks(boolean manageHooks) {
        this.manageHooks = manageHooks;
    }

    @CheckForNull
    public String getWebhookSecretCredentialsId() {
        return webhookSecretCredentialsId;
    }

    @DataBoundSetter
    public void setWebhookSecretCredentialsId(String webhookSecretCredentialsId) {
        this.webhookSecretCredentialsId = Util.fixEmptyAndTrim(webhookSecretCredentialsId);
    }

    /** Hands over the tokens an older version kept with this entry (see {@link ExchangedTokenStore}), once. */
    synchronized List<ExchangedToken> takeLegacyExchangedTokens() {
        List<ExchangedToken> legacy = exchangedTokens;
        exchangedTokens = null;
        return legacy == null ? List.of() : legacy;
    }

    @Override
    public String toString() {
        return Messages.GogsServer_Subject(getName(), serverUrl);
    }

    /** The form of a server entry: field checks, credential choices, "Test connection" and "Create token". */
    @Extension
    public static class DescriptorImpl extends Descriptor<GogsServer> {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsServer_DisplayName();
        }

        @POST
        public FormValidation doCheckServerUrl(@QueryParameter String value) {
            return Forms.toValidation(UrlChecks.serverUrl(value));
        }

        @POST
        public FormValidation doCheckAliasUrl(@QueryParameter String value, @QueryParameter String serverUrl) {
            return Forms.toValidation(UrlChecks.aliasUrl(value, serverUrl));
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(
                @QueryParameter String serverUrl, @QueryParameter String credentialsId) {
            return CredentialChoices.list(serverUrl, credentialsId, GogsCredentialLookup.LOGINS);
        }

        @POST
        public FormValidation doCheckCredentialsId(@QueryParameter String serverUrl, @QueryParameter String value) {
            return CredentialChoices.check(
                    serverUrl,
                    value,
                    GogsCredentialLookup.LOGINS,
                    Messages.GogsServer_CredentialKinds(),
                    FormValidation.warning(Messages.GogsServer_NoCredential()));
        }

        @POST
        public ListBoxModel doFillWebhookSecretCredentialsIdItems(
                @QueryParameter String serverUrl, @QueryParameter String webhookSecretCredentialsId) {
            return CredentialChoices.list(serverUrl, webhookSecretCredentialsId, CredentialChoices.SECRETS);
        }

        @POST
        public FormValidation doCheckWebhookSecretCredentialsId(
                @QueryParameter String serverUrl, @QueryParameter String value) {
            return CredentialChoices.check(
                    serverUrl,
                    value,
                    CredentialChoices.SECRETS,
                    Messages.GogsServer_SecretKinds(),
                    FormValidation.warning(Messages.GogsServer_NoWebhookSecret()));
        }

        @POST
        public ListBoxModel doFillExchangeCredentialsIdItems(
                @QueryParameter String serverUrl, @QueryParameter String exchangeCredentialsId) {
            return CredentialChoices.list(serverUrl, exchangeCredentialsId, CredentialChoices.PASSWORDS);
        }

        /** Reports the token's user and whether it can read repositories, or exactly what failed. */
        @POST
        public FormValidation doTestConnection(@QueryParameter String serverUrl, @QueryParameter String credentialsId) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return ConnectionTest.run(serverUrl, credentialsId);
        }

        /**
         * Exchanges a Gogs username and password (typed, or a stored username/password credential) for an access
         * token, stores it as a new Gogs access token credential and selects it. The password is not kept.
         */
        @POST
        public FormValidation doExchangeToken(
                @QueryParameter String serverUrl,
                @QueryParameter String exchangeUsername,
                @QueryParameter String exchangePassword,
                @QueryParameter String exchangeCredentialsId,
                StaplerResponse2 response) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return TokenExchangeForm.exchange(
                    serverUrl, exchangeUsername, exchangePassword, exchangeCredentialsId, response);
        }
    }
}
