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

/** An organization folder leaves out the owner's mirrors. */
@Restricted(NoExternalUse.class)
public class GogsExcludeMirrorsTrait extends SCMNavigatorTrait {

    @DataBoundConstructor
    public GogsExcludeMirrorsTrait() {}

    @Override
    protected void decorateContext(SCMNavigatorContext<?, ?> context) {
        ((GogsSCMNavigatorContext) context).withExcludeMirrors(true);
    }

    @Extension
    @Selection
    @Symbol("gogsExcludeMirrors")
    public static class DescriptorImpl extends GogsNavigatorTraitDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsExcludeMirrorsTrait_DisplayName();
        }
    }
}
