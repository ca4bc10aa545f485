package io.jenkins.plugins.gogs.webhook;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.gogs.events.ScmNotice.SourceNotice;
import io.jenkins.plugins.gogs.scm.GogsSCMNavigator;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceEvent;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A Gogs repository appeared (a fork): the organization folders of its owner look at it, and create its project
 * when it qualifies. Gogs 0.14 sends no event when a repository is created or deleted, only for forks.
 */
@Restricted(NoExternalUse.class)
public class GogsSourceEvent extends SCMSourceEvent<SourceNotice> {

    GogsSourceEvent(@NonNull SourceNotice notice, @CheckForNull String origin) {
        super(GogsHeadEvent.typeOf(notice.change()), notice, origin);
    }

    @Override
    public boolean isMatch(@NonNull SCMNavigator navigator) {
        RepositoryKey repo = getPayload().repository();
        return navigator instanceof GogsSCMNavigator gogs && gogs.isFor(repo.serverUrl(), repo.owner());
    }

    @Override
    public boolean isMatch(@NonNull SCMSource source) {
        RepositoryKey repo = getPayload().repository();
        return source instanceof GogsSCMSource gogs && gogs.isFor(repo.serverUrl(), repo.owner(), repo.name());
    }

    @NonNull
    @Override
    public String getSourceName() {
        return getPayload().repository().name();
    }

    @Override
    public String description() {
        return getPayload().description();
    }

    @Override
    public String descriptionFor(SCMNavigator navigator) {
        return getPayload().description();
    }

    @Override
    public String descriptionFor(SCMSource source) {
        return getPayload().summary();
    }
}
