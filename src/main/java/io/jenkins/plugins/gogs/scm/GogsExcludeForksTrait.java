package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import jenkins.scm.api.trait.SCMNavigatorContext;
import jenkins.scm.api.trait.SCMNavigatorTrait;
import jenkins.scm.impl.trait.Selection;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;

/** An organization folder leaves out the owner's forks. */
@Restricted(NoExternalUse.class)
public class GogsExcludeForksTrait extends SCMNavigatorTrait {

    @DataBoundConstructor
    public GogsExcludeForksTrait() {}

    @Override
    protected void decorateContext(SCMNavigatorContext<?, ?> context) {
        ((GogsSCMNavigatorContext) context).withExcludeForks(true);
    }

    @Extension
    @Selection
    @Symbol("gogsExcludeForks")
    public static class DescriptorImpl extends GogsNavigatorTraitDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsExcludeForksTrait_DisplayName();
        }
    }
}
