package io.jenkins.plugins.gogs.scm;

import jenkins.scm.api.SCMSource;
import jenkins.scm.api.trait.SCMBuilder;
import jenkins.scm.api.trait.SCMSourceContext;
import jenkins.scm.api.trait.SCMSourceTraitDescriptor;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What every descriptor of a trait of {@link GogsSCMSource} says: it applies to that source, to its context (what a
 * scan discovers) and to its git builder (how a head is checked out), and so to no other source's form.
 */
@Restricted(NoExternalUse.class)
public abstract class GogsSourceTraitDescriptor extends SCMSourceTraitDescriptor {

    @Override
    public Class<? extends SCMSourceContext> getContextClass() {
        return GogsSCMSourceContext.class;
    }

    @Override
    public Class<? extends SCMSource> getSourceClass() {
        return GogsSCMSource.class;
    }

    @Override
    public Class<? extends SCMBuilder> getBuilderClass() {
        return GogsSCMBuilder.class;
    }
}
