// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMSourceContext.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import java.util.Collection;
import java.util.List;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCriteria;

public abstract class SCMSourceContext<C extends SCMSourceContext<C, R>, R extends SCMSourceRequest> {

    public SCMSourceContext(@CheckForNull SCMSourceCriteria criteria, @NonNull SCMHeadObserver observer) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMHeadAuthority<?, ?, ?>> authorities() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMSourceCriteria> criteria() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMHeadFilter> filters() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMHeadPrefilter> prefilters() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final SCMHeadObserver observer() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withAuthority(@CheckForNull SCMHeadAuthority authority) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withCriteria(@CheckForNull SCMSourceCriteria criteria) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withFilter(@CheckForNull SCMHeadFilter filter) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withPrefilter(@CheckForNull SCMHeadPrefilter prefilter) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withTrait(@NonNull SCMSourceTrait trait) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withTraits(@NonNull SCMSourceTrait... traits) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final C withTraits(@NonNull Collection<SCMSourceTrait> traits) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract R newRequest(@NonNull SCMSource source, @CheckForNull TaskListener listener);
}
