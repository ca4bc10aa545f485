package io.jenkins.plugins.gogs.scm;

import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.trait.SCMNavigatorContext;
import jenkins.scm.api.trait.SCMNavigatorTraitDescriptor;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** What every descriptor of a trait of {@link GogsSCMNavigator} says: it applies to that navigator and its context. */
@Restricted(NoExternalUse.class)
public abstract class GogsNavigatorTraitDescriptor extends SCMNavigatorTraitDescriptor {

    @Override
    public Class<? extends SCMNavigatorContext> getContextClass() {
        return GogsSCMNavigatorContext.class;
    }

    @Override
    public Class<? extends SCMNavigator> getNavigatorClass() {
        return GogsSCMNavigator.class;
    }
}
