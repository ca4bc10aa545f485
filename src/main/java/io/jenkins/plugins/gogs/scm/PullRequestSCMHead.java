package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Objects;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadOrigin;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;
import jenkins.scm.api.mixin.ChangeRequestSCMHead2;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A pull request, built from {@code refs/pull/<number>/head} of the base repository (Gogs has no pull request API).
 * The name is {@code PR-<number>}, or {@code PR-<number>-head} / {@code PR-<number>-merge} when both checkout
 * strategies are built. The head repository and branch are known only when Gogs told us (a webhook payload); the
 * commits are always in the base repository under the pull ref.
 */
@Restricted(NoExternalUse.class)
public class PullRequestSCMHead extends SCMHead implements ChangeRequestSCMHead2 {

    private static final long serialVersionUID = 1L;

    private final long number;
    private final BranchSCMHead target;
    private final ChangeRequestCheckoutStrategy strategy;
    private final SCMHeadOrigin origin;
    private final String headOwner;
    private final String headRepository;
    private final String headBranch;

    public PullRequestSCMHead(
            @NonNull String name,
            long number,
            @NonNull BranchSCMHead target,
            @NonNull ChangeRequestCheckoutStrategy strategy,
            @NonNull SCMHeadOrigin origin,
            @CheckForNull String headOwner,
            @CheckForNull String headRepository,
            @CheckForNull String headBranch) {
        super(name);
        this.number = number;
        this.target = Objects.requireNonNull(target, "target");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.headOwner = headOwner;
        this.headRepository = headRepository;
        this.headBranch = headBranch;
    }

    /** The pull request's number (shared with the issue numbers of the repository). */
    public long getNumber() {
        return number;
    }

    @NonNull
    @Override
    public String getId() {
        return Long.toString(number);
    }

    /** The branch the pull request wants to merge into. */
    @NonNull
    @Override
    public BranchSCMHead getTarget() {
        return target;
    }

    @NonNull
    @Override
    public ChangeRequestCheckoutStrategy getCheckoutStrategy() {
        return strategy;
    }

    /** {@link SCMHeadOrigin#DEFAULT} for a pull request from a branch of the same repository, else a fork. */
    @NonNull
    @Override
    public SCMHeadOrigin getOrigin() {
        return origin;
    }

    /** The head branch's name when known, else the pull ref in the base repository ({@code refs/pull/N/head}). */
    @NonNull
    @Override
    public String getOriginName() {
        return headBranch != null ? headBranch : getPullRef();
    }

    /** The ref under which Gogs keeps the pull request's head commit in the base repository. */
    @NonNull
    public String getPullRef() {
        return "refs/pull/" + number + "/head";
    }

    public boolean isFork() {
        return !SCMHeadOrigin.DEFAULT.equals(origin);
    }

    /** The owner of the head repository, when known. */
    @CheckForNull
    public String getHeadOwner() {
        return headOwner;
    }

    /** The name of the head repository, when known. */
    @CheckForNull
    public String getHeadRepository() {
        return headRepository;
    }

    /** The head branch, when known. */
    @CheckForNull
    public String getHeadBranch() {
        return headBranch;
    }

    @Override
    public String getPronoun() {
        return Messages.PullRequestSCMHead_Pronoun();
    }
}
