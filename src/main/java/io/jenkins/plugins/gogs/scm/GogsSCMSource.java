package io.jenkins.plugins.gogs.scm;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.Util;
import hudson.model.TaskListener;
import hudson.scm.SCM;
import io.jenkins.plugins.gogs.checkout.CloneUrls;
import io.jenkins.plugins.gogs.client.ServerUrl;
import io.jenkins.plugins.gogs.config.GogsClients;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsCredentialLookup;
import io.jenkins.plugins.gogs.config.GogsServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jenkins.plugins.git.AbstractGitSCMSource;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadCategory;
import jenkins.scm.api.SCMHeadEvent;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSourceCriteria;
import jenkins.scm.api.SCMSourceDescriptor;
import jenkins.scm.api.trait.SCMSourceTrait;
import jenkins.scm.api.trait.SCMTrait;
import jenkins.scm.impl.ChangeRequestSCMHeadCategory;
import jenkins.scm.impl.TagSCMHeadCategory;
import jenkins.scm.impl.UncategorizedSCMHeadCategory;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * One Gogs repository as a source of branches, tags and pull requests for a multibranch project. Scans go through
 * the plugin's Gogs client and the Jenkins-free discovery core; builds check out with the git plugin.
 */
public class GogsSCMSource extends AbstractGitSCMSource {

    private final String serverUrl;
    private final String repoOwner;
    private final String repository;
    private String credentialsId;
    private List<SCMSourceTrait> traits = new ArrayList<>();
    private transient volatile String sshRemote;

    @DataBoundConstructor
    public GogsSCMSource(String serverUrl, String repoOwner, String repository) {
        this.serverUrl = canonical(serverUrl);
        this.repoOwner = Util.fixEmptyAndTrim(repoOwner);
        this.repository = Util.fixEmptyAndTrim(repository);
    }

    /** The server URL in canonical form when it is a valid URL, else as typed (the form check tells the user). */
    static String canonical(String url) {
        String trimmed = Util.fixEmptyAndTrim(url);
        if (trimmed == null) {
            return null;
        }
        try {
            return ServerUrl.normalize(trimmed);
        } catch (IllegalArgumentException e) {
            return trimmed;
        }
    }

    public String getServerUrl() {
        return serverUrl;
    }

    public String getRepoOwner() {
        return repoOwner;
    }

    public String getRepository() {
        return repository;
    }

    @CheckForNull
    @Override
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @NonNull
    @Override
    public List<SCMSourceTrait> getTraits() {
        return traits == null ? List.of() : List.copyOf(traits);
    }

    @DataBoundSetter
    @Override
    public void setTraits(@CheckForNull List<SCMSourceTrait> traits) {
        this.traits = new ArrayList<>(Util.fixNull(traits));
    }

    /** The HTTP(S) clone URL; builds use the SSH URL instead when the SSH checkout trait is set. */
    @Override
    public String getRemote() {
        try {
            return CloneUrls.http(serverUrl, repoOwner, repository);
        } catch (IllegalArgumentException e) {
            // not configured yet (or wrongly): the form checks say so, callers only need a string here
            return serverUrl + "/" + repoOwner + "/" + repository + ".git";
        }
    }

    /** The repository's web page. */
    @NonNull
    public String webUrl() {
        try {
            return CloneUrls.web(serverUrl, repoOwner, repository);
        } catch (IllegalArgumentException e) {
            return serverUrl + "/" + repoOwner + "/" + repository;
        }
    }

    /** The repository's SSH clone URL, as Gogs advertises it. */
    @NonNull
    String sshRemote() {
        String url = sshRemote;
        if (url == null) {
            try {
                url = connection().repository().sshUrl();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the SSH URL of " + repoOwner + "/" + repository, e);
            }
            sshRemote = url;
        }
        return url;
    }

    /** A connection to the repository with this source's credentials, as its owner item may use them. */
    @NonNull
    GogsRepositoryConnection connection() throws IOException {
        GogsServer server = server();
        StandardCredentials credentials =
                GogsCredentialLookup.inItem(credentialsId, getOwner(), server.getServerUrl());
        if (credentialsId != null && credentials == null) {
            throw new AbortException("The credentials '" + credentialsId + "' of " + this
                    + " cannot be found (or this item may not use them)");
        }
        if (credentials != null && getOwner() != null) {
            CredentialsProvider.track(getOwner(), credentials);
        }
        return new GogsRepositoryConnection(GogsClients.forServer(server, credentials), repoOwner, repository);
    }

    /** Who registers this source's webhook, by its webhook registration trait ({@code SYSTEM} without one). */
    @NonNull
    public WebhookRegistration webhookRegistration() {
        return webhookRegistration(getTraits());
    }

    /** The webhook registration mode these traits (of a source or a navigator) ask for; {@code SYSTEM} by default. */
    @NonNull
    public static WebhookRegistration webhookRegistration(@CheckForNull Collection<? extends SCMTrait<?>> traits) {
        GogsWebhookRegistrationTrait trait =
                traits == null ? null : SCMTrait.find(traits, GogsWebhookRegistrationTrait.class);
        return trait == null ? WebhookRegistration.SYSTEM : trait.getMode();
    }

    /** The configured Gogs server this source reads from. */
    @NonNull
    public GogsServer server() throws AbortException {
        return GogsConfiguration.get().findServer(serverUrl).orElseThrow(() -> new AbortException(
                "No Gogs server at " + serverUrl + " is configured (Manage Jenkins » System » Gogs servers)"));
    }

    @Override
    protected void retrieve(@CheckForNull SCMSourceCriteria criteria, @NonNull SCMHeadObserver observer,
            @CheckForNull SCMHeadEvent<?> event, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new AbortException("Scanning Gogs repositories is not written yet");
    }

    @NonNull
    @Override
    public SCM build(@NonNull SCMHead head, @CheckForNull SCMRevision revision) {
        return new GogsSCMBuilder(this, head, revision).withTraits(getTraits()).build();
    }

    @Override
    public String toString() {
        return "GogsSCMSource[" + serverUrl + "/" + repoOwner + "/" + repository + "]";
    }

    @Extension
    @Symbol("gogs")
    public static class DescriptorImpl extends SCMSourceDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return "Gogs";
        }

        @NonNull
        @Override
        protected SCMHeadCategory[] createCategories() {
            return new SCMHeadCategory[] {
                UncategorizedSCMHeadCategory.DEFAULT, ChangeRequestSCMHeadCategory.DEFAULT, TagSCMHeadCategory.DEFAULT
            };
        }
    }
}
