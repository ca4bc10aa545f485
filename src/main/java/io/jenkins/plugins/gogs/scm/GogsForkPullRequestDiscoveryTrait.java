package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.gogs.trust.ForkTrustPolicy;
import java.io.IOException;
import jenkins.scm.api.SCMHeadCategory;
import jenkins.scm.api.SCMHeadOrigin;
import jenkins.scm.api.trait.SCMHeadAuthority;
import jenkins.scm.api.trait.SCMHeadAuthorityDescriptor;
import jenkins.scm.api.trait.SCMSourceContext;
import jenkins.scm.api.trait.SCMSourceTrait;
import jenkins.scm.impl.ChangeRequestSCMHeadCategory;
import jenkins.scm.impl.trait.Discovery;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Discovers open pull requests from forks. Whom to trust decides whose changes to the Jenkinsfile are built: an
 * untrusted pull request is built with the target branch's Jenkinsfile.
 */
@Restricted(NoExternalUse.class)
public class GogsForkPullRequestDiscoveryTrait extends SCMSourceTrait {

    private final int strategyId;
    private final SCMHeadAuthority<? super GogsSCMSourceRequest, ? extends PullRequestSCMHead, ?> trust;

    @DataBoundConstructor
    public GogsForkPullRequestDiscoveryTrait(
            int strategyId,
            @CheckForNull SCMHeadAuthority<? super GogsSCMSourceRequest, ? extends PullRequestSCMHead, ?> trust) {
        this.strategyId = PullRequestStrategies.check(strategyId);
        this.trust = trust == null ? new TrustCollaborators() : trust;
    }

    /** 1: merged with the target branch, 2: the head as it is, 3: both. */
    public int getStrategyId() {
        return strategyId;
    }

    @NonNull
    public SCMHeadAuthority<? super GogsSCMSourceRequest, ? extends PullRequestSCMHead, ?> getTrust() {
        return trust;
    }

    @Override
    protected void decorateContext(SCMSourceContext<?, ?> context) {
        ((GogsSCMSourceContext) context).wantForkPullRequests(PullRequestStrategies.of(strategyId));
        context.withAuthority(trust);
    }

    @Override
    protected boolean includeCategory(@NonNull SCMHeadCategory category) {
        return category instanceof ChangeRequestSCMHeadCategory;
    }

    /** The trust policies share one check, in the request, which remembers collaborator answers for the scan. */
    abstract static class ForkAuthority
            extends SCMHeadAuthority<GogsSCMSourceRequest, PullRequestSCMHead, PullRequestSCMRevision> {

        abstract ForkTrustPolicy policy();

        @Override
        protected boolean checkTrusted(@NonNull GogsSCMSourceRequest request, @NonNull PullRequestSCMHead head)
                throws IOException {
            return request.trust(head, policy()).trusted();
        }
    }

    /** Only forks' pull requests are judged; the origin's are always trusted. */
    abstract static class ForkTrustDescriptor extends SCMHeadAuthorityDescriptor {

        @Override
        public boolean isApplicableToOrigin(@NonNull Class<? extends SCMHeadOrigin> originClass) {
            return SCMHeadOrigin.Fork.class.isAssignableFrom(originClass);
        }
    }

    public static class TrustNobody extends ForkAuthority {

        @DataBoundConstructor
        public TrustNobody() {}

        @Override
        ForkTrustPolicy policy() {
            return ForkTrustPolicy.NOBODY;
        }

        @Extension
        @Symbol("gogsTrustNobody")
        public static class DescriptorImpl extends ForkTrustDescriptor {
            @NonNull
            @Override
            public String getDisplayName() {
                return Messages.GogsForkPullRequestDiscoveryTrait_TrustNobody();
            }
        }
    }

    public static class TrustCollaborators extends ForkAuthority {

        @DataBoundConstructor
        public TrustCollaborators() {}

        @Override
        ForkTrustPolicy policy() {
            return ForkTrustPolicy.COLLABORATORS;
        }

        @Extension
        @Symbol("gogsTrustCollaborators")
        public static class DescriptorImpl extends ForkTrustDescriptor {
            @NonNull
            @Override
            public String getDisplayName() {
                return Messages.GogsForkPullRequestDiscoveryTrait_TrustCollaborators();
            }
        }
    }

    public static class TrustEveryone extends ForkAuthority {

        @DataBoundConstructor
        public TrustEveryone() {}

        @Override
        ForkTrustPolicy policy() {
            return ForkTrustPolicy.EVERYONE;
        }

        @Extension
        @Symbol("gogsTrustEveryone")
        public static class DescriptorImpl extends ForkTrustDescriptor {
            @NonNull
            @Override
            public String getDisplayName() {
                return Messages.GogsForkPullRequestDiscoveryTrait_TrustEveryone();
            }
        }
    }

    @Extension
    @Discovery
    @Symbol("gogsForkDiscovery")
    public static class DescriptorImpl extends GogsSourceTraitDescriptor {

        public DescriptorImpl() {
            // the same strategies as for the origin's pull requests: one help file for both traits
            addHelpFileRedirect("strategyId", GogsOriginPullRequestDiscoveryTrait.class, "strategyId");
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsForkPullRequestDiscoveryTrait_DisplayName();
        }

        public ListBoxModel doFillStrategyIdItems() {
            return PullRequestStrategies.items();
        }

        /** The trust policies offered in the form. */
        public java.util.List<SCMHeadAuthorityDescriptor> getTrustDescriptors() {
            return SCMHeadAuthority._for(
                    GogsSCMSourceRequest.class,
                    PullRequestSCMHead.class,
                    PullRequestSCMRevision.class,
                    SCMHeadOrigin.Fork.class);
        }

        /** The default policy in a new form. */
        @NonNull
        public SCMHeadAuthority<?, ?, ?> getDefaultTrust() {
            return new TrustCollaborators();
        }
    }
}
