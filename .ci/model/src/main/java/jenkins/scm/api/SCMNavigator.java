// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMNavigator.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Action;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import jenkins.scm.api.trait.SCMTrait;

public abstract class SCMNavigator extends AbstractDescribableImpl<SCMNavigator> implements ExtensionPoint {

    protected SCMNavigator() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final String getId() {
        throw new UnsupportedOperationException();
    }

    protected final void resetId() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected abstract String id();

    public void setTraits(@CheckForNull List<SCMTrait<? extends SCMTrait<?>>> traits) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public List<SCMTrait<? extends SCMTrait<?>>> getTraits() {
        throw new UnsupportedOperationException();
    }

    public abstract void visitSources(@NonNull SCMSourceObserver observer) throws IOException, InterruptedException;

    public void visitSources(@NonNull SCMSourceObserver observer, @NonNull SCMSourceEvent<?> event)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public void visitSources(@NonNull SCMSourceObserver observer, @NonNull SCMHeadEvent<?> event)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public void visitSource(@NonNull String sourceName, @NonNull SCMSourceObserver observer)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final Set<? extends SCMSourceCategory> getCategories() {
        throw new UnsupportedOperationException();
    }

    protected boolean isCategoryEnabled(@NonNull SCMSourceCategory category) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SCMNavigatorDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getPronoun() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<Action> fetchActions(@NonNull SCMNavigatorOwner owner, @CheckForNull SCMNavigatorEvent event,
            @CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected List<Action> retrieveActions(@NonNull SCMNavigatorOwner owner, @CheckForNull SCMNavigatorEvent event,
            @NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected final TaskListener defaultListener(@CheckForNull TaskListener listener) {
        throw new UnsupportedOperationException();
    }

    protected final void checkInterrupt() throws InterruptedException {
        throw new UnsupportedOperationException();
    }

    public void afterSave(@NonNull SCMNavigatorOwner owner) {
        throw new UnsupportedOperationException();
    }
}
