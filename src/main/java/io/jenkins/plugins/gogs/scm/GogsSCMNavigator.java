package io.jenkins.plugins.gogs.scm;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.Util;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.config.GogsClients;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsCredentialLookup;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.navigation.OwnerProfile;
import io.jenkins.plugins.gogs.navigation.OwnerRepositories;
import io.jenkins.plugins.gogs.navigation.RepositoryFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMNavigatorDescriptor;
import jenkins.scm.api.SCMNavigatorEvent;
import jenkins.scm.api.SCMNavigatorOwner;
import jenkins.scm.api.SCMSourceObserver;
import jenkins.scm.api.metadata.ObjectMetadataAction;
import jenkins.scm.api.trait.SCMTrait;
import jenkins.scm.api.trait.SCMTraitDescriptor;
import jenkins.scm.impl.form.NamedArrayList;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** The repositories of one Gogs user or organization, each a multibranch project of an organization folder. */
@Restricted(NoExternalUse.class)
public class GogsSCMNavigator extends SCMNavigator {

    private final String serverUrl;
    private final String repoOwner;
    private String credentialsId;
    private List<SCMTrait<? extends SCMTrait<?>>> traits = new ArrayList<>();

    @DataBoundConstructor
    public GogsSCMNavigator(String serverUrl, String repoOwner) {
        this.serverUrl = GogsRepositoryMatch.canonical(serverUrl);
        this.repoOwner = Util.fixEmptyAndTrim(repoOwner);
    }

    public String getServerUrl() {
        return serverUrl;
    }

    public String getRepoOwner() {
        return repoOwner;
    }

    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @NonNull
    @Override
    public List<SCMTrait<? extends SCMTrait<?>>> getTraits() {
        return traits == null ? List.of() : List.copyOf(traits);
    }

    /** Data binding (forms, Job DSL, JCasC) hands traits over as an array. */
    @DataBoundSetter
    public void setTraits(@CheckForNull SCMTrait[] traits) {
        List<SCMTrait<? extends SCMTrait<?>>> list = new ArrayList<>();
        if (traits != null) {
            for (SCMTrait<?> trait : traits) {
                list.add(trait);
            }
        }
        this.traits = list;
    }

    @Override
    public void setTraits(@CheckForNull List<SCMTrait<? extends SCMTrait<?>>> traits) {
        this.traits = new ArrayList<>(Util.fixNull(traits));
    }

    /** Whether this folder holds the repositories of that owner on that server (URL or alias URL, any case). */
    public boolean isFor(@CheckForNull String serverUrl, @CheckForNull String owner) {
        return GogsRepositoryMatch.sameServer(this.serverUrl, serverUrl)
                && GogsRepositoryMatch.sameName(repoOwner, owner);
    }

    /** Who registers the webhooks of this folder's repositories ({@code SYSTEM} without a registration trait). */
    @NonNull
    public WebhookRegistration webhookRegistration() {
        return GogsSCMSource.webhookRegistration(getTraits());
    }

    @NonNull
    @Override
    protected String id() {
        return serverUrl + "::" + repoOwner;
    }

    @Override
    public void visitSources(@NonNull SCMSourceObserver observer) throws IOException, InterruptedException {
        TaskListener listener = observer.getListener();
        GogsClient client = client(observer.getContext());
        listener.getLogger().println(Messages.GogsSCMNavigator_Listing(repoOwner, serverUrl));
        List<Repository> repositories = call(() -> OwnerRepositories.list(client, repoOwner));
        try (GogsSCMNavigatorRequest request =
                new GogsSCMNavigatorContext().withTraits(getTraits()).newRequest(this, observer)) {
            RepositoryFilter filter = request.filter();
            int found = 0;
            for (Repository repository : repositories) {
                checkInterrupt();
                String excluded = filter.exclusionReason(repository);
                if (excluded != null) {
                    listener.getLogger().println(Messages.GogsSCMNavigator_Skipping(repository.name(), excluded));
                    continue;
                }
                found++;
                boolean[] proposed = {false};
                boolean complete = request.process(repository.name(), this::sourceFor, null, (name, isMatch) -> {
                    proposed[0] = isMatch;
                    listener.getLogger()
                            .println(
                                    isMatch
                                            ? Messages.GogsSCMNavigator_Proposing(name)
                                            : Messages.GogsSCMNavigator_Ignoring(name));
                });
                if (proposed[0]) { // its project exists now, and registration has seen it
                    ScanLogNotes.writeAll(sourceFor(repository.name()), listener);
                }
                if (complete) {
                    listener.getLogger().println(Messages.GogsSCMNavigator_ProcessedComplete(String.valueOf(found)));
                    return;
                }
            }
            listener.getLogger().println(Messages.GogsSCMNavigator_Processed(String.valueOf(found)));
        }
    }

    /** One repository, without listing the others (e.g. when a webhook names it). */
    @Override
    public void visitSource(@NonNull String sourceName, @NonNull SCMSourceObserver observer)
            throws IOException, InterruptedException {
        GogsClient client = client(observer.getContext());
        Repository repository;
        try {
            repository = client.repo(repoOwner, sourceName).get();
        } catch (GogsException e) {
            observer.getListener()
                    .getLogger()
                    .println(Messages.GogsSCMNavigator_NoRepository(repoOwner, sourceName, e.getMessage()));
            return;
        }
        try (GogsSCMNavigatorRequest request =
                new GogsSCMNavigatorContext().withTraits(getTraits()).newRequest(this, observer)) {
            if (request.filter().exclusionReason(repository) == null) {
                request.process(repository.name(), this::sourceFor, null);
            }
        }
    }

    private GogsSCMSource sourceFor(String repository) {
        return new GogsSCMSourceBuilder(getId() + "::" + repository, serverUrl, credentialsId, repoOwner, repository)
                .withTraits(getTraits())
                .build();
    }

    @NonNull
    @Override
    protected List<Action> retrieveActions(
            @NonNull SCMNavigatorOwner owner, @CheckForNull SCMNavigatorEvent event, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        GogsClient client = client(owner);
        OwnerProfile profile = call(() -> OwnerProfile.read(client, repoOwner));
        List<Action> actions = new ArrayList<>();
        actions.add(new ObjectMetadataAction(profile.displayName(), profile.description(), profile.webUrl()));
        actions.add(new GogsAvatar(profile.avatarUrl()));
        return actions;
    }

    private GogsClient client(@CheckForNull Item context) throws AbortException {
        GogsServer server = GogsConfiguration.get()
                .findServer(serverUrl)
                .orElseThrow(() -> new AbortException(Messages.GogsSCMSource_NoServer(serverUrl)));
        StandardCredentials credentials = GogsCredentialLookup.inItem(credentialsId, context, server.getServerUrl());
        if (credentialsId != null && credentials == null) {
            throw new AbortException(Messages.GogsSCMNavigator_CredentialsNotFound(credentialsId));
        }
        return GogsClients.forServer(server, credentials);
    }

    private static <T> T call(GogsSCMFile.GogsCall<T> call) throws IOException {
        return GogsSCMFile.call(call);
    }

    @Override
    public String toString() {
        return "GogsSCMNavigator[" + serverUrl + "/" + repoOwner + "]";
    }

    @Extension
    @Symbol("gogs")
    public static class DescriptorImpl extends SCMNavigatorDescriptor {

        public DescriptorImpl() {
            // the server field reads as the source's: one help file, GogsSCMSource/help-serverUrl.html
            addHelpFileRedirect("serverUrl", GogsSCMSource.class, "serverUrl");
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsSCMNavigator_DisplayName();
        }

        @NonNull
        @Override
        public String getDescription() {
            return Messages.GogsSCMNavigator_Description();
        }

        /** The plugin's own symbol ({@code images/symbols/gogs-organization.svg}), on the "New Item" page. */
        @Override
        public String getIconClassName() {
            return "symbol-gogs-organization plugin-gogs";
        }

        @Override
        public SCMNavigator newInstance(@CheckForNull String name) {
            List<GogsServer> servers = GogsConfiguration.get().getServers();
            GogsSCMNavigator navigator =
                    new GogsSCMNavigator(servers.size() == 1 ? servers.get(0).getServerUrl() : "", name);
            navigator.setTraits(getTraitsDefaults());
            return navigator;
        }

        @NonNull
        @Override
        public List<SCMTrait<? extends SCMTrait<?>>> getTraitsDefaults() {
            return GogsTraitLists.navigatorDefaults();
        }

        public List<NamedArrayList<? extends SCMTraitDescriptor<?>>> getTraitsDescriptorLists() {
            return GogsTraitLists.forNavigator(this);
        }

        @POST
        public ListBoxModel doFillServerUrlItems(@AncestorInPath Item context, @QueryParameter String serverUrl) {
            return GogsForms.servers(context, serverUrl);
        }

        @POST
        public FormValidation doCheckServerUrl(@AncestorInPath Item context, @QueryParameter String value) {
            return GogsForms.mayConfigure(context) ? GogsForms.checkServer(value) : FormValidation.ok();
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(
                @AncestorInPath Item context, @QueryParameter String serverUrl, @QueryParameter String credentialsId) {
            return GogsForms.tokenCredentials(context, serverUrl, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(
                @AncestorInPath Item context, @QueryParameter String serverUrl, @QueryParameter String value) {
            return GogsForms.checkTokenCredentials(context, serverUrl, value);
        }
    }
}
