package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.ListBoxModel;
import jenkins.scm.api.SCMHeadCategory;
import jenkins.scm.api.trait.SCMSourceContext;
import jenkins.scm.api.trait.SCMSourceTrait;
import jenkins.scm.impl.ChangeRequestSCMHeadCategory;
import jenkins.scm.impl.trait.Discovery;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;

/** Discovers open pull requests whose head branch is in the same repository. */
@Restricted(NoExternalUse.class)
public class GogsOriginPullRequestDiscoveryTrait extends SCMSourceTrait {

    private final int strategyId;

    @DataBoundConstructor
    public GogsOriginPullRequestDiscoveryTrait(int strategyId) {
        this.strategyId = PullRequestStrategies.check(strategyId);
    }

    /** 1: merged with the target branch, 2: the head as it is, 3: both. */
    public int getStrategyId() {
        return strategyId;
    }

    @Override
    protected void decorateContext(SCMSourceContext<?, ?> context) {
        ((GogsSCMSourceContext) context).wantOriginPullRequests(PullRequestStrategies.of(strategyId));
    }

    @Override
    protected boolean includeCategory(@NonNull SCMHeadCategory category) {
        return category instanceof ChangeRequestSCMHeadCategory;
    }

    @Extension
    @Discovery
    @Symbol("gogsPullRequestDiscovery")
    public static class DescriptorImpl extends GogsSourceTraitDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsOriginPullRequestDiscoveryTrait_DisplayName();
        }

        public ListBoxModel doFillStrategyIdItems() {
            return PullRequestStrategies.items();
        }
    }
}
