package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.ListBoxModel;
import jenkins.scm.api.SCMHeadCategory;
import jenkins.scm.api.trait.SCMSourceContext;
import jenkins.scm.api.trait.SCMSourceTrait;
import jenkins.scm.impl.trait.Discovery;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Discovers the repository's branches. A branch that is also the head of an open pull request from the same
 * repository is usually built once, as that pull request: strategy 1 (the default) leaves such branches out,
 * 2 builds only them, 3 builds every branch.
 */
@Restricted(NoExternalUse.class)
public class GogsBranchDiscoveryTrait extends SCMSourceTrait {

    public static final int EXCLUDE_PULL_REQUEST_BRANCHES = 1;
    public static final int ONLY_PULL_REQUEST_BRANCHES = 2;
    public static final int ALL_BRANCHES = 3;

    private final int strategyId;

    @DataBoundConstructor
    public GogsBranchDiscoveryTrait(int strategyId) {
        if (strategyId < EXCLUDE_PULL_REQUEST_BRANCHES || strategyId > ALL_BRANCHES) {
            throw new IllegalArgumentException(
                    Messages.GogsBranchDiscoveryTrait_BadStrategy(String.valueOf(strategyId)));
        }
        this.strategyId = strategyId;
    }

    public int getStrategyId() {
        return strategyId;
    }

    @Override
    protected void decorateContext(SCMSourceContext<?, ?> context) {
        ((GogsSCMSourceContext) context)
                .wantBranches(strategyId != EXCLUDE_PULL_REQUEST_BRANCHES, strategyId != ONLY_PULL_REQUEST_BRANCHES);
    }

    @Override
    protected boolean includeCategory(@NonNull SCMHeadCategory category) {
        return category.isUncategorized();
    }

    @Extension
    @Discovery
    @Symbol("gogsBranchDiscovery")
    public static class DescriptorImpl extends GogsSourceTraitDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsBranchDiscoveryTrait_DisplayName();
        }

        public ListBoxModel doFillStrategyIdItems() {
            ListBoxModel items = new ListBoxModel();
            items.add(
                    Messages.GogsBranchDiscoveryTrait_ExcludePullRequestBranches(),
                    String.valueOf(EXCLUDE_PULL_REQUEST_BRANCHES));
            items.add(
                    Messages.GogsBranchDiscoveryTrait_OnlyPullRequestBranches(),
                    String.valueOf(ONLY_PULL_REQUEST_BRANCHES));
            items.add(Messages.GogsBranchDiscoveryTrait_AllBranches(), String.valueOf(ALL_BRANCHES));
            return items;
        }
    }
}
