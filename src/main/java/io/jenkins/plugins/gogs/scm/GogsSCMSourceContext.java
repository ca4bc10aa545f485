package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCriteria;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;
import jenkins.scm.api.trait.SCMSourceContext;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** What a scan of a {@link GogsSCMSource} should discover, as the source's traits set it. */
@Restricted(NoExternalUse.class)
public class GogsSCMSourceContext extends SCMSourceContext<GogsSCMSourceContext, GogsSCMSourceRequest> {

    private boolean wantBranches;
    private boolean branchesAlsoPullRequests = true;
    private boolean branchesNotPullRequests = true;
    private boolean wantTags;
    private final Set<ChangeRequestCheckoutStrategy> originPullRequestStrategies =
            EnumSet.noneOf(ChangeRequestCheckoutStrategy.class);
    private final Set<ChangeRequestCheckoutStrategy> forkPullRequestStrategies =
            EnumSet.noneOf(ChangeRequestCheckoutStrategy.class);
    private WebhookRegistration webhookRegistration = WebhookRegistration.SYSTEM;

    public GogsSCMSourceContext(@CheckForNull SCMSourceCriteria criteria, @NonNull SCMHeadObserver observer) {
        super(criteria, observer);
    }

    public boolean wantBranches() {
        return wantBranches;
    }

    /** Whether a branch that is also the head of an open origin pull request is built as a branch. */
    public boolean branchesAlsoPullRequests() {
        return branchesAlsoPullRequests;
    }

    /** Whether a branch that is not the head of an open origin pull request is built. */
    public boolean branchesNotPullRequests() {
        return branchesNotPullRequests;
    }

    public boolean wantTags() {
        return wantTags;
    }

    public boolean wantOriginPullRequests() {
        return !originPullRequestStrategies.isEmpty();
    }

    public boolean wantForkPullRequests() {
        return !forkPullRequestStrategies.isEmpty();
    }

    public boolean wantPullRequests() {
        return wantOriginPullRequests() || wantForkPullRequests();
    }

    @NonNull
    public Set<ChangeRequestCheckoutStrategy> originPullRequestStrategies() {
        return Collections.unmodifiableSet(originPullRequestStrategies);
    }

    @NonNull
    public Set<ChangeRequestCheckoutStrategy> forkPullRequestStrategies() {
        return Collections.unmodifiableSet(forkPullRequestStrategies);
    }

    /** Who registers the webhook: the webhook registration trait's mode, {@link WebhookRegistration#SYSTEM} without. */
    @NonNull
    public WebhookRegistration webhookRegistration() {
        return webhookRegistration;
    }

    /**
     * Discovers branches; {@code alsoPullRequests}: those that are the head of an open pull request of the same
     * repository, {@code notPullRequests}: the others.
     */
    @NonNull
    public GogsSCMSourceContext wantBranches(boolean alsoPullRequests, boolean notPullRequests) {
        this.wantBranches = alsoPullRequests || notPullRequests;
        this.branchesAlsoPullRequests = alsoPullRequests;
        this.branchesNotPullRequests = notPullRequests;
        return this;
    }

    @NonNull
    public GogsSCMSourceContext wantTags(boolean include) {
        this.wantTags = include;
        return this;
    }

    @NonNull
    public GogsSCMSourceContext wantOriginPullRequests(@NonNull Set<ChangeRequestCheckoutStrategy> strategies) {
        originPullRequestStrategies.addAll(strategies);
        return this;
    }

    @NonNull
    public GogsSCMSourceContext wantForkPullRequests(@NonNull Set<ChangeRequestCheckoutStrategy> strategies) {
        forkPullRequestStrategies.addAll(strategies);
        return this;
    }

    @NonNull
    public GogsSCMSourceContext webhookRegistration(@NonNull WebhookRegistration mode) {
        this.webhookRegistration = mode;
        return this;
    }

    @NonNull
    @Override
    public GogsSCMSourceRequest newRequest(@NonNull SCMSource source, @CheckForNull TaskListener listener) {
        return new GogsSCMSourceRequest((GogsSCMSource) source, this, listener);
    }
}
