// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMSource.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.TaskListener;
import hudson.scm.SCM;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.scm.api.trait.SCMSourceTrait;

public abstract class SCMSource extends AbstractDescribableImpl<SCMSource> implements ExtensionPoint {

    @Deprecated
    protected SCMSource(@CheckForNull String id) {
        throw new UnsupportedOperationException();
    }

    protected SCMSource() {
        throw new UnsupportedOperationException();
    }

    public final void setId(@CheckForNull String id) {
        throw new UnsupportedOperationException();
    }

    public final SCMSource withId(@CheckForNull String id) {
        throw new UnsupportedOperationException();
    }

    public final boolean hasId() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final String getId() {
        throw new UnsupportedOperationException();
    }

    public void setTraits(@CheckForNull List<SCMSourceTrait> traits) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public List<SCMSourceTrait> getTraits() {
        throw new UnsupportedOperationException();
    }

    public final void setOwner(@CheckForNull SCMSourceOwner owner) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final SCMSourceOwner getOwner() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    protected final SCMSourceCriteria getCriteria() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final <O extends SCMHeadObserver> O fetch(@NonNull O observer, @CheckForNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final <O extends SCMHeadObserver> O fetch(@CheckForNull SCMSourceCriteria criteria, @NonNull O observer,
            @CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final <O extends SCMHeadObserver> O fetch(@CheckForNull SCMSourceCriteria criteria, @NonNull O observer,
            @CheckForNull SCMHeadEvent<?> event, @CheckForNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final <O extends SCMHeadObserver> O fetch(@NonNull O observer, @CheckForNull SCMHeadEvent<?> event,
            @CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    protected void retrieve(@NonNull SCMHeadObserver observer, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    protected void retrieve(@CheckForNull SCMSourceCriteria criteria, @NonNull SCMHeadObserver observer,
            @NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    protected abstract void retrieve(@CheckForNull SCMSourceCriteria criteria, @NonNull SCMHeadObserver observer,
            @CheckForNull SCMHeadEvent<?> event, @NonNull TaskListener listener)
            throws IOException, InterruptedException;

    @NonNull
    public final Set<SCMHead> fetch(@CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public Set<SCMRevision> parentRevisions(@NonNull SCMHead head, @NonNull SCMRevision revision,
            @CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public Map<SCMHead, SCMRevision> parentHeads(@NonNull SCMHead head, @CheckForNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected Set<SCMHead> retrieve(@NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected Set<SCMHead> retrieve(@CheckForNull SCMSourceCriteria criteria, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final SCMRevision fetch(@NonNull SCMHead head, @CheckForNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    protected SCMRevision retrieve(@NonNull SCMHead head, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    @CheckForNull
    public final SCMRevision fetch(@NonNull String thingName, @CheckForNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final SCMRevision fetch(@NonNull String thingName, @CheckForNull TaskListener listener,
            @CheckForNull Item context) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    @CheckForNull
    protected SCMRevision retrieve(@NonNull String thingName, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    protected SCMRevision retrieve(@NonNull String thingName, @NonNull TaskListener listener,
            @CheckForNull Item context) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    @NonNull
    public final Set<String> fetchRevisions(@CheckForNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final Set<String> fetchRevisions(@CheckForNull TaskListener listener, @CheckForNull Item context)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    @NonNull
    protected Set<String> retrieveRevisions(@NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected Set<String> retrieveRevisions(@NonNull TaskListener listener, @CheckForNull Item context)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<Action> fetchActions(@NonNull SCMRevision revision, @CheckForNull SCMHeadEvent event,
            @CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<Action> fetchActions(@NonNull SCMHead head, @CheckForNull SCMHeadEvent event,
            @CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<Action> fetchActions(@CheckForNull SCMSourceEvent event, @CheckForNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected List<Action> retrieveActions(@NonNull SCMRevision revision, @CheckForNull SCMHeadEvent event,
            @NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected List<Action> retrieveActions(@NonNull SCMHead head, @CheckForNull SCMHeadEvent event,
            @NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected List<Action> retrieveActions(@CheckForNull SCMSourceEvent event, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract SCM build(@NonNull SCMHead head, @CheckForNull SCMRevision revision);

    @NonNull
    public final SCM build(@NonNull SCMHead head) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public SCMRevision getTrustedRevision(@NonNull SCMRevision revision, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected final TaskListener defaultListener(@CheckForNull TaskListener listener) {
        throw new UnsupportedOperationException();
    }

    public boolean canProbe() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final SCMProbe newProbe(@NonNull SCMHead head, @CheckForNull SCMRevision revision) throws IOException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected SCMProbe createProbe(@NonNull SCMHead head, @CheckForNull SCMRevision revision) throws IOException {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    protected final SCMProbe fromSCMFileSystem(@NonNull SCMHead head, @CheckForNull SCMRevision revision)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @Override
    public final boolean equals(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final int hashCode() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }

    @Override
    public SCMSourceDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getPronoun() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final Set<? extends SCMHeadCategory> getCategories() {
        throw new UnsupportedOperationException();
    }

    protected boolean isCategoryEnabled(@NonNull SCMHeadCategory category) {
        throw new UnsupportedOperationException();
    }

    protected final void checkInterrupt() throws InterruptedException {
        throw new UnsupportedOperationException();
    }

    public void afterSave() {
        throw new UnsupportedOperationException();
    }

    public static abstract class SourceByItem implements ExtensionPoint {

        @CheckForNull
        public abstract SCMSource getSource(Item item);

        @CheckForNull
        public static SCMSource findSource(Item item) {
            throw new UnsupportedOperationException();
        }
    }
}
