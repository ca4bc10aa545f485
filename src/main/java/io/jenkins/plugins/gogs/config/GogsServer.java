package io.jenkins.plugins.gogs.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Describable;
import hudson.model.Descriptor;
import io.jenkins.plugins.gogs.client.ServerUrl;
import io.jenkins.plugins.gogs.servers.ServerEntry;
import java.net.URI;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** One Gogs server as the admin configured it. Holds credential ids, never secrets. */
public class GogsServer implements Describable<GogsServer>, ServerEntry {

    private final String serverUrl;
    private String displayName;
    private String aliasUrl;
    private String credentialsId;
    private boolean manageHooks = true;
    private String webhookSecretCredentialsId;

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

    @DataBoundSetter
    public void setAliasUrl(String aliasUrl) {
        String value = Util.fixEmptyAndTrim(aliasUrl);
        this.aliasUrl = value == null ? null : ServerUrl.normalize(value);
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

    @Override
    public String toString() {
        return "Gogs server " + getName() + " (" + serverUrl + ")";
    }

    @Extension
    public static class DescriptorImpl extends Descriptor<GogsServer> {
        @NonNull
        @Override
        public String getDisplayName() {
            return "Gogs server";
        }
    }
}
