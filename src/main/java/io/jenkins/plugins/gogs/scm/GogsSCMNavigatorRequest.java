package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.gogs.navigation.RepositoryFilter;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMSourceObserver;
import jenkins.scm.api.trait.SCMNavigatorRequest;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** One scan of an owner's repositories. */
@Restricted(NoExternalUse.class)
public class GogsSCMNavigatorRequest extends SCMNavigatorRequest {

    private final GogsSCMNavigatorContext context;

    GogsSCMNavigatorRequest(
            @NonNull SCMNavigator navigator,
            @NonNull GogsSCMNavigatorContext context,
            @NonNull SCMSourceObserver observer) {
        super(navigator, context, observer);
        this.context = context;
    }

    /** Which repositories the traits leave out. */
    @NonNull
    public RepositoryFilter filter() {
        return new RepositoryFilter(context.excludeForks(), context.excludeMirrors(), context.excludeEmpty());
    }

    public boolean excludeForks() {
        return context.excludeForks();
    }

    public boolean excludeMirrors() {
        return context.excludeMirrors();
    }

    public boolean excludeEmpty() {
        return context.excludeEmpty();
    }
}
