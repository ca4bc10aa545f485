package io.jenkins.plugins.gogs.notify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.gogs.scm.GogsSourceTraitDescriptor;
import jenkins.scm.api.trait.SCMSourceTrait;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Keeps one comment on each pull request the project builds, with the result of its latest builds (Gogs 0.14 has no
 * commit status API). Changes nothing in what is discovered or built.
 */
@Restricted(NoExternalUse.class)
public class GogsBuildCommentsTrait extends SCMSourceTrait {

    private final CommentScope scope;

    @DataBoundConstructor
    public GogsBuildCommentsTrait(@CheckForNull CommentScope scope) {
        this.scope = scope == null ? CommentScope.PULL_REQUESTS : scope;
    }

    @NonNull
    public CommentScope getScope() {
        return scope;
    }

    @Extension
    @Symbol("gogsBuildComments")
    public static class DescriptorImpl extends GogsSourceTraitDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsBuildCommentsTrait_DisplayName();
        }

        public ListBoxModel doFillScopeItems() {
            ListBoxModel items = new ListBoxModel();
            items.add(Messages.GogsBuildCommentsTrait_PullRequests(), CommentScope.PULL_REQUESTS.name());
            items.add(
                    Messages.GogsBuildCommentsTrait_PullRequestsAndBranches(),
                    CommentScope.PULL_REQUESTS_AND_BRANCHES.name());
            return items;
        }
    }
}
