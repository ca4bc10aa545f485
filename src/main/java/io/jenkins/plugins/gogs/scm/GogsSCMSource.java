package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.Util;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.TaskListener;
import hudson.scm.SCM;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.gogs.checkout.CloneUrls;
import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.discovery.DiscoveredHeads;
import io.jenkins.plugins.gogs.discovery.DiscoveredPullRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jenkins.plugins.git.AbstractGitSCMSource;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadCategory;
import jenkins.scm.api.SCMHeadEvent;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMProbe;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSourceCriteria;
import jenkins.scm.api.SCMSourceDescriptor;
import jenkins.scm.api.SCMSourceEvent;
import jenkins.scm.api.trait.SCMSourceTrait;
import jenkins.scm.api.trait.SCMTrait;
import jenkins.scm.api.trait.SCMTraitDescriptor;
import jenkins.scm.impl.ChangeRequestSCMHeadCategory;
import jenkins.scm.impl.TagSCMHeadCategory;
import jenkins.scm.impl.UncategorizedSCMHeadCategory;
import jenkins.scm.impl.form.NamedArrayList;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One Gogs repository as a source of branches, tags and pull requests for a multibranch project. Scans go through
 * the plugin's Gogs client and the Jenkins-free discovery core; builds check out with the git plugin.
 */
@Restricted(NoExternalUse.class)
public class GogsSCMSource extends AbstractGitSCMSource {

    private final String serverUrl;
    private final String repoOwner;
    private final String repository;
    private String credentialsId;
    private List<SCMSourceTrait> traits = new ArrayList<>();
    // what the last scan learned, for the metadata asked right after it (not kept across restarts)
    private transient volatile String sshRemote;
    private transient volatile String defaultBranch;
    private transient volatile Map<Long, DiscoveredPullRequest> pullRequests;

    @DataBoundConstructor
    public GogsSCMSource(String serverUrl, String repoOwner, String repository) {
        this.serverUrl = GogsRepositoryMatch.canonical(serverUrl);
        this.repoOwner = Util.fixEmptyAndTrim(repoOwner);
        this.repository = Util.fixEmptyAndTrim(repository);
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

    /**
     * Whether this source reads the repository Gogs names so (e.g. in a webhook payload): the server by its URL or
     * alias URL, owner and repository in any case.
     */
    public boolean isFor(@CheckForNull String serverUrl, @CheckForNull String owner, @CheckForNull String repository) {
        return GogsRepositoryMatch.sameServer(this.serverUrl, serverUrl)
                && GogsRepositoryMatch.sameName(repoOwner, owner)
                && GogsRepositoryMatch.sameName(this.repository, repository);
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
        return GogsConfiguration.get()
                .findServer(serverUrl)
                .orElseThrow(() -> new AbortException(Messages.GogsSCMSource_NoServer(serverUrl)));
    }

    /** A connection to the repository with this source's credentials, as its owner item may use them. */
    @NonNull
    GogsRepositoryConnection connection() throws IOException {
        return GogsRepositoryConnection.open(this);
    }

    /** The credentials git checks out with over HTTP(S); see {@link GogsRepositoryConnection#checkoutCredentialsId}. */
    @CheckForNull
    String checkoutCredentialsId() {
        return GogsRepositoryConnection.checkoutCredentialsId(this);
    }

    /** The repository's SSH clone URL, as Gogs advertises it. */
    @NonNull
    String sshRemote() {
        String url = sshRemote;
        if (url == null) {
            try {
                url = connection().repository().sshUrl();
            } catch (IOException e) {
                throw new IllegalStateException(Messages.GogsSCMSource_CannotReadSshUrl(repoOwner, repository), e);
            }
            sshRemote = url;
        }
        return url;
    }

    @Override
    protected void retrieve(
            @CheckForNull SCMSourceCriteria criteria,
            @NonNull SCMHeadObserver observer,
            @CheckForNull SCMHeadEvent<?> event,
            @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        try (GogsSCMSourceRequest request = newRequest(criteria, observer, listener)) {
            listener.getLogger().println(Messages.GogsSCMSource_LookingUp(repoOwner, repository, serverUrl));
            if (event == null) { // a full scan, not one an event started
                ScanLogNotes.writeAll(this, listener);
            }
            GogsHeadScanner scanner = new GogsHeadScanner(this, request);
            scanner.offer(scanner.plan(), listener);
        }
    }

    /** The current revision of the head a job recorded: see {@link HeadLookup#current}. */
    @CheckForNull
    @Override
    protected SCMRevision retrieve(@NonNull SCMHead head, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        return new HeadLookup(this).current(head, listener);
    }

    /** A branch, tag or pull request ({@code PR-N}) by name; anything else (a commit SHA) the git plugin's way. */
    @CheckForNull
    @Override
    protected SCMRevision retrieve(
            @NonNull String thingName, @NonNull TaskListener listener, @CheckForNull Item retrieveContext)
            throws IOException, InterruptedException {
        // the context is the item a shared library is loaded for: it may see folder credentials the source cannot
        SCMRevision found = new HeadLookup(this).named(thingName, listener, retrieveContext);
        return found != null ? found : super.retrieve(thingName, listener, retrieveContext);
    }

    @NonNull
    @Override
    protected Set<String> retrieveRevisions(@NonNull TaskListener listener, @CheckForNull Item context)
            throws IOException, InterruptedException {
        return new HeadLookup(this).names(listener, context);
    }

    /** A request with this source's traits, for a scan, a lookup ({@link HeadLookup}) or a trust check. */
    GogsSCMSourceRequest newRequest(
            @CheckForNull SCMSourceCriteria criteria,
            @NonNull SCMHeadObserver observer,
            @NonNull TaskListener listener) {
        return new GogsSCMSourceContext(criteria, observer)
                .withTraits(getTraits())
                .newRequest(this, listener);
    }

    /** Keeps what the metadata of the heads just found needs: the default branch, pull request titles and authors. */
    void remember(@NonNull DiscoveredHeads heads, boolean pullRequestsComplete) {
        if (heads.defaultBranch() != null) {
            defaultBranch = heads.defaultBranch();
        }
        if (!pullRequestsComplete) {
            return;
        }
        Map<Long, DiscoveredPullRequest> seen = new ConcurrentHashMap<>();
        heads.pullRequests().forEach(p -> seen.put(p.number(), p));
        pullRequests = seen;
    }

    @NonNull
    Optional<DiscoveredPullRequest> seenPullRequest(long number) {
        Map<Long, DiscoveredPullRequest> seen = pullRequests;
        return seen == null ? Optional.empty() : Optional.ofNullable(seen.get(number));
    }

    @CheckForNull
    String defaultBranch() throws IOException {
        if (defaultBranch == null) {
            defaultBranch = connection().repository().defaultBranch();
        }
        return defaultBranch;
    }

    @NonNull
    @Override
    protected List<Action> retrieveActions(@CheckForNull SCMSourceEvent event, @NonNull TaskListener listener)
            throws IOException {
        Repository repo = connection().repository();
        // the record also answers what builds ask later (the SSH URL): no second GET /repos/:o/:r for it
        defaultBranch = repo.defaultBranch();
        if (repo.sshUrl() != null) {
            sshRemote = repo.sshUrl();
        }
        return GogsSourceActions.forRepository(repo);
    }

    @NonNull
    @Override
    protected List<Action> retrieveActions(
            @NonNull SCMHead head, @CheckForNull SCMHeadEvent event, @NonNull TaskListener listener)
            throws IOException {
        return GogsSourceActions.forHead(this, head);
    }

    /**
     * A pull request from a fork whose author the fork trust policy does not trust builds with the target branch's
     * revision of the Jenkinsfile (and of whatever the pipeline loads as trusted): its author cannot change what
     * runs on Jenkins.
     */
    @NonNull
    @Override
    public SCMRevision getTrustedRevision(@NonNull SCMRevision revision, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        if (!(revision instanceof PullRequestSCMRevision pr) || !((PullRequestSCMHead) pr.getHead()).isFork()) {
            return revision;
        }
        PullRequestSCMHead head = (PullRequestSCMHead) pr.getHead();
        try (GogsSCMSourceRequest request = newRequest(null, SCMHeadObserver.none(), listener)) {
            if (request.isTrusted(head)) {
                return revision;
            }
            listener.getLogger()
                    .println(Messages.GogsSCMSource_UntrustedFork(
                            head.getName(),
                            request.trustReason(head),
                            head.getTarget().getName(),
                            pr.getBaseHash(),
                            pr.getPullHash()));
            return pr.getTarget();
        }
    }

    @NonNull
    @Override
    protected SCMProbe createProbe(@NonNull SCMHead head, @CheckForNull SCMRevision revision) throws IOException {
        return new HeadLookup(this).probe(head, revision);
    }

    /**
     * The checkout of a head at a revision. Without a revision, a pull request from a fork checks out its target
     * branch instead: Jenkins builds with no revision only when {@link #retrieve(SCMHead, TaskListener)} found no
     * current one (the pull request was closed meanwhile, say), and then runs the Jenkinsfile of whatever this
     * checkout gives, without asking {@link #getTrustedRevision}; a fork's own Jenkinsfile must never run that way.
     */
    @NonNull
    @Override
    public SCM build(@NonNull SCMHead head, @CheckForNull SCMRevision revision) {
        if (revision == null && head instanceof PullRequestSCMHead pr && pr.isFork()) {
            return new GogsSCMBuilder(this, pr.getTarget(), null)
                    .withTraits(getTraits())
                    .build();
        }
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
            return Messages.GogsSCMSource_DisplayName();
        }

        /** The plugin's own symbol ({@code images/symbols/gogs-repository.svg}), shown where a source kind is picked. */
        @Override
        public String getIconClassName() {
            return "symbol-gogs-repository plugin-gogs";
        }

        @NonNull
        @Override
        public List<SCMSourceTrait> getTraitsDefaults() {
            return GogsTraitLists.sourceDefaults();
        }

        public List<NamedArrayList<? extends SCMTraitDescriptor<?>>> getTraitsDescriptorLists() {
            return GogsTraitLists.forSource(this);
        }

        @NonNull
        @Override
        protected SCMHeadCategory[] createCategories() {
            return new SCMHeadCategory[] {
                UncategorizedSCMHeadCategory.DEFAULT, ChangeRequestSCMHeadCategory.DEFAULT, TagSCMHeadCategory.DEFAULT
            };
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

        /** Not a parameter: the repository itself (a drop-down refills whenever a field it names changes). */
        @POST
        public ListBoxModel doFillRepositoryItems(
                @AncestorInPath Item context,
                @QueryParameter String serverUrl,
                @QueryParameter String credentialsId,
                @QueryParameter String repoOwner) {
            return GogsForms.repositories(context, serverUrl, credentialsId, repoOwner);
        }
    }
}
