package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMSourceObserver;
import jenkins.scm.api.trait.SCMNavigatorContext;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Which repositories of an owner a {@link GogsSCMNavigator} turns into multibranch projects, as its traits set it. */
@Restricted(NoExternalUse.class)
public class GogsSCMNavigatorContext extends SCMNavigatorContext<GogsSCMNavigatorContext, GogsSCMNavigatorRequest> {

    private boolean excludeForks;
    private boolean excludeMirrors;
    private boolean excludeEmpty;

    public boolean excludeForks() {
        return excludeForks;
    }

    public boolean excludeMirrors() {
        return excludeMirrors;
    }

    public boolean excludeEmpty() {
        return excludeEmpty;
    }

    @NonNull
    public GogsSCMNavigatorContext withExcludeForks(boolean exclude) {
        this.excludeForks = exclude;
        return this;
    }

    @NonNull
    public GogsSCMNavigatorContext withExcludeMirrors(boolean exclude) {
        this.excludeMirrors = exclude;
        return this;
    }

    @NonNull
    public GogsSCMNavigatorContext withExcludeEmpty(boolean exclude) {
        this.excludeEmpty = exclude;
        return this;
    }

    @NonNull
    @Override
    public GogsSCMNavigatorRequest newRequest(@NonNull SCMNavigator navigator, @NonNull SCMSourceObserver observer) {
        return new GogsSCMNavigatorRequest(navigator, this, observer);
    }
}
