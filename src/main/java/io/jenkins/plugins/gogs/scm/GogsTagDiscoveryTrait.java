package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import jenkins.scm.api.SCMHeadCategory;
import jenkins.scm.api.trait.SCMSourceContext;
import jenkins.scm.api.trait.SCMSourceTrait;
import jenkins.scm.impl.TagSCMHeadCategory;
import jenkins.scm.impl.trait.Discovery;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Discovers the repository's tags, each at the commit it points to, dated by that commit. Jenkins does not build
 * discovered tags automatically unless a build strategy says so.
 */
@Restricted(NoExternalUse.class)
public class GogsTagDiscoveryTrait extends SCMSourceTrait {

    @DataBoundConstructor
    public GogsTagDiscoveryTrait() {}

    @Override
    protected void decorateContext(SCMSourceContext<?, ?> context) {
        ((GogsSCMSourceContext) context).wantTags(true);
    }

    @Override
    protected boolean includeCategory(@NonNull SCMHeadCategory category) {
        return category instanceof TagSCMHeadCategory;
    }

    @Extension
    @Discovery
    @Symbol("gogsTagDiscovery")
    public static class DescriptorImpl extends GogsSourceTraitDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsTagDiscoveryTrait_DisplayName();
        }
    }
}
