// Source: jenkinsci/git-plugin src/main/java/jenkins/plugins/git/AbstractGitSCMSource.java @ add6e4dc74e6
package jenkins.plugins.git;

import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.TaskListener;
import hudson.scm.SCM;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadCategory;
import jenkins.scm.api.SCMHeadEvent;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCriteria;
import jenkins.scm.api.SCMSourceEvent;
import jenkins.scm.api.trait.SCMSourceTrait;

public abstract class AbstractGitSCMSource extends SCMSource {

    public static final String DEFAULT_REMOTE_NAME = "origin";

    public static final String REF_SPEC_REMOTE_NAME_PLACEHOLDER_STR = "@{remote}";

    public static final String REF_SPEC_DEFAULT =
            "+refs/heads/*:refs/remotes/" + REF_SPEC_REMOTE_NAME_PLACEHOLDER_STR + "/*";

    public AbstractGitSCMSource() {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    public AbstractGitSCMSource(String id) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public abstract String getCredentialsId();

    public abstract String getRemote();

    @NonNull
    @Override
    public List<SCMSourceTrait> getTraits() {
        throw new UnsupportedOperationException();
    }

    public static boolean isFIPSCompliantTLS(String credentialsId, String remoteUrl) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    @Override
    protected SCMRevision retrieve(@NonNull SCMHead head, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void retrieve(@CheckForNull SCMSourceCriteria criteria, @NonNull SCMHeadObserver observer,
            @CheckForNull SCMHeadEvent<?> event, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    @Override
    protected SCMRevision retrieve(@NonNull String revision, @NonNull TaskListener listener,
            @CheckForNull Item retrieveContext) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    protected Set<String> retrieveRevisions(@NonNull TaskListener listener, @CheckForNull Item retrieveContext)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    protected List<Action> retrieveActions(@CheckForNull SCMSourceEvent event, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    protected List<Action> retrieveActions(@NonNull SCMHead head, @CheckForNull SCMHeadEvent event,
            @NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @Override
    protected boolean isCategoryEnabled(@NonNull SCMHeadCategory category) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    protected StandardUsernameCredentials getCredentials() {
        throw new UnsupportedOperationException();
    }

    protected GitSCMBuilder<?> newBuilder(@NonNull SCMHead head, @CheckForNull SCMRevision revision) {
        throw new UnsupportedOperationException();
    }

    protected void decorate(GitSCMBuilder<?> builder) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public SCM build(@NonNull SCMHead head, @CheckForNull SCMRevision revision) {
        throw new UnsupportedOperationException();
    }

    public static class SCMRevisionImpl extends SCMRevision {

        public SCMRevisionImpl(SCMHead head, String hash) {
            super(head);
            throw new UnsupportedOperationException();
        }

        public String getHash() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean equals(Object o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int hashCode() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            throw new UnsupportedOperationException();
        }
    }
}
