package io.jenkins.plugins.gogs.webhook;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.scm.SCM;
import io.jenkins.plugins.gogs.events.ScmChange;
import io.jenkins.plugins.gogs.events.ScmNotice.HeadNotice;
import io.jenkins.plugins.gogs.scm.GogsSCMNavigator;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Map;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadEvent;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSource;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A branch, tag or pull request of a Gogs repository changed. It concerns the {@link GogsSCMSource}s of that
 * repository (multibranch projects) and the {@link GogsSCMNavigator}s of its owner (organization folders, which
 * create a project for a repository they do not have yet). Plain {@link SCM}s (freestyle and pipeline jobs with a
 * git URL) are not matched: they poll, or use the git plugin's {@code notifyCommit}.
 */
@Restricted(NoExternalUse.class)
public class GogsHeadEvent extends SCMHeadEvent<HeadNotice> {

    GogsHeadEvent(@NonNull HeadNotice notice, @CheckForNull String origin) {
        super(typeOf(notice.change()), notice, origin);
    }

    static Type typeOf(ScmChange change) {
        switch (change) {
            case CREATED:
                return Type.CREATED;
            case REMOVED:
                return Type.REMOVED;
            default:
                return Type.UPDATED;
        }
    }

    @Override
    public boolean isMatch(@NonNull SCMNavigator navigator) {
        RepositoryKey repo = getPayload().repository();
        return navigator instanceof GogsSCMNavigator gogs && gogs.isFor(repo.serverUrl(), repo.owner());
    }

    /** The repository name: the name of the project an organization folder keeps for it. */
    @NonNull
    @Override
    public String getSourceName() {
        return getPayload().repository().name();
    }

    /** Any source of the repository, even one that discovers none of the event's heads (it has nothing to do then). */
    @Override
    public boolean isMatch(@NonNull SCMSource source) {
        RepositoryKey repo = getPayload().repository();
        return source instanceof GogsSCMSource gogs && gogs.isFor(repo.serverUrl(), repo.owner(), repo.name());
    }

    @NonNull
    @Override
    public Map<SCMHead, SCMRevision> heads(@NonNull SCMSource source) {
        return isMatch(source) ? EventHeads.of(getPayload(), (GogsSCMSource) source, getTimestamp()) : Map.of();
    }

    @Override
    public boolean isMatch(@NonNull SCM scm) {
        return false;
    }

    /** Lets through the event's heads by kind and name (see {@link SameNameHeadsObserver} for why not by equality). */
    @Override
    public <O extends SCMHeadObserver> SCMHeadObserver.Wrapped<O> filter(@NonNull SCMSource source, O delegate) {
        return new SameNameHeadsObserver<>(delegate, heads(source).keySet());
    }

    @Override
    public String description() {
        return getPayload().description();
    }

    @Override
    public String descriptionFor(@NonNull SCMNavigator navigator) {
        return getPayload().description();
    }

    @Override
    public String descriptionFor(SCMSource source) {
        return getPayload().summary();
    }
}
