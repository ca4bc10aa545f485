// Source: jenkinsci/git-plugin src/main/java/jenkins/plugins/git/GitSCMSourceContext.java @ add6e4dc74e6
package jenkins.plugins.git;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import java.util.Collection;
import java.util.List;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCriteria;
import jenkins.scm.api.trait.SCMSourceContext;

public class GitSCMSourceContext<C extends GitSCMSourceContext<C, R>, R extends GitSCMSourceRequest>
        extends SCMSourceContext<C, R> {

    public GitSCMSourceContext(@CheckForNull SCMSourceCriteria criteria, @NonNull SCMHeadObserver observer) {
        super(criteria, observer);
        throw new UnsupportedOperationException();
    }

    public final boolean wantBranches() {
        throw new UnsupportedOperationException();
    }

    public final boolean wantTags() {
        throw new UnsupportedOperationException();
    }

    public final boolean pruneRefs() {
        throw new UnsupportedOperationException();
    }

    public final boolean wantOtherRefs() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public Collection<RefNameMapping> getRefNameMappings() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final String gitTool() {
        throw new UnsupportedOperationException();
    }

    public final boolean ignoreOnPushNotifications() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<String> refSpecs() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final String remoteName() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public C wantBranches(boolean include) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public C wantTags(boolean include) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public C pruneRefs(boolean include) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public C wantOtherRef(RefNameMapping other) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withGitTool(String gitTool) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withIgnoreOnPushNotifications(boolean ignoreOnPushNotifications) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withRefSpec(@NonNull String refSpec) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withRefSpecs(List<String> refSpecs) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withoutRefSpecs() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withRemoteName(String remoteName) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public R newRequest(@NonNull SCMSource source, TaskListener listener) {
        throw new UnsupportedOperationException();
    }

    public static final class RefNameMapping implements Comparable<RefNameMapping> {

        public RefNameMapping(@NonNull String ref, @NonNull String name) {
            throw new UnsupportedOperationException();
        }

        @NonNull
        public String getRef() {
            throw new UnsupportedOperationException();
        }

        @NonNull
        public String getName() {
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
        public int compareTo(RefNameMapping o) {
            throw new UnsupportedOperationException();
        }

        public boolean matches(String revision, String remoteName, String remoteRev) {
            throw new UnsupportedOperationException();
        }

        public boolean matches(String remoteName) {
            throw new UnsupportedOperationException();
        }

        public String getName(String remoteName) {
            throw new UnsupportedOperationException();
        }
    }
}
