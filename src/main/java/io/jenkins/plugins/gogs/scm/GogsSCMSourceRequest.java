package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import java.util.Set;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;
import jenkins.scm.api.trait.SCMSourceRequest;

/** One scan of a {@link GogsSCMSource}: what the traits asked for, and the state the scan builds up. */
public class GogsSCMSourceRequest extends SCMSourceRequest {

    private final GogsSCMSourceContext context;

    GogsSCMSourceRequest(@NonNull GogsSCMSource source, @NonNull GogsSCMSourceContext context,
            @CheckForNull TaskListener listener) {
        super(source, context, listener);
        this.context = context;
    }

    public boolean wantBranches() {
        return context.wantBranches();
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
}
