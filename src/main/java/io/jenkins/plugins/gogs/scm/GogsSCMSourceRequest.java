package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.model.TaskListener;
import io.jenkins.plugins.gogs.client.model.Repository;
import io.jenkins.plugins.gogs.trust.CollaboratorCheck;
import io.jenkins.plugins.gogs.trust.ForkTrust;
import io.jenkins.plugins.gogs.trust.ForkTrustPolicy;
import io.jenkins.plugins.gogs.trust.TrustDecision;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;
import jenkins.scm.api.trait.SCMSourceRequest;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One scan (or one trust check) of a {@link GogsSCMSource}: what the traits asked for, the connection to the
 * repository, and what the scan learns once (the repository record, collaborator answers).
 */
@Restricted(NoExternalUse.class)
public class GogsSCMSourceRequest extends SCMSourceRequest {

    private final GogsSCMSource source;
    private final GogsSCMSourceContext context;
    private GogsRepositoryConnection connection;
    private Item credentialsContext;
    private Repository repository;
    private CollaboratorCheck collaborators;
    private final Map<Long, TrustDecision> decisions = new ConcurrentHashMap<>();

    GogsSCMSourceRequest(
            @NonNull GogsSCMSource source, @NonNull GogsSCMSourceContext context, @CheckForNull TaskListener listener) {
        super(source, context, listener);
        this.source = source;
        this.context = context;
    }

    public boolean wantBranches() {
        return context.wantBranches();
    }

    public boolean branchesAlsoPullRequests() {
        return context.branchesAlsoPullRequests();
    }

    public boolean branchesNotPullRequests() {
        return context.branchesNotPullRequests();
    }

    public boolean wantTags() {
        return context.wantTags();
    }

    public boolean wantPullRequests() {
        return context.wantPullRequests();
    }

    @NonNull
    public Set<ChangeRequestCheckoutStrategy> originPullRequestStrategies() {
        return context.originPullRequestStrategies();
    }

    @NonNull
    public Set<ChangeRequestCheckoutStrategy> forkPullRequestStrategies() {
        return context.forkPullRequestStrategies();
    }

    /**
     * Looks credentials up as {@code item} may use them instead of as the source's owner (see
     * {@link GogsSCMSource#retrieve(String, TaskListener, Item)}); before the first use of the connection.
     */
    synchronized void useCredentialsOf(@CheckForNull Item item) {
        this.credentialsContext = item;
    }

    @NonNull
    synchronized GogsRepositoryConnection connection() throws IOException {
        if (connection == null) {
            connection = GogsRepositoryConnection.open(source, credentialsContext);
        }
        return connection;
    }

    /** The repository record, read once per scan. */
    @NonNull
    synchronized Repository repository() throws IOException {
        if (repository == null) {
            repository = connection().repository();
        }
        return repository;
    }

    /** Why the last trust check of this pull request decided as it did (for the build log). */
    @NonNull
    String trustReason(@NonNull PullRequestSCMHead head) {
        TrustDecision decision = decisions.get(head.getNumber());
        return decision == null ? Messages.GogsSCMSourceRequest_NoTrustPolicy() : decision.reason();
    }

    /** Whether a fork pull request is trusted under the policy; collaborator answers are remembered for the scan. */
    @NonNull
    TrustDecision trust(@NonNull PullRequestSCMHead head, @NonNull ForkTrustPolicy policy) throws IOException {
        CollaboratorCheck check;
        synchronized (this) {
            if (collaborators == null) {
                collaborators = new CollaboratorCheck(connection().api());
            }
            check = collaborators;
        }
        TrustDecision decision = ForkTrust.decide(policy, source.getRepoOwner(), head.getHeadOwner(), check);
        decisions.put(head.getNumber(), decision);
        return decision;
    }
}
