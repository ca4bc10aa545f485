// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMSourceRequest.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.TaskListener;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCriteria;

public abstract class SCMSourceRequest implements Closeable {

    protected SCMSourceRequest(@NonNull SCMSource source, @NonNull SCMSourceContext<?, ?> context,
            @CheckForNull TaskListener listener) {
        throw new UnsupportedOperationException();
    }

    public final boolean isExcluded(@NonNull SCMHead head) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public final boolean isTrusted(@NonNull SCMHead head) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMSourceCriteria> getCriteria() {
        throw new UnsupportedOperationException();
    }

    public final <H extends SCMHead, R extends SCMRevision> boolean process(@NonNull H head, @NonNull R revision,
            @NonNull ProbeLambda<H, R> probeFactory, @NonNull Witness... witnesses)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public final <H extends SCMHead, R extends SCMRevision> boolean process(@NonNull H head,
            @NonNull RevisionLambda<H, R> revisionFactory, @NonNull ProbeLambda<H, R> probeFactory,
            @NonNull Witness... witnesses) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public final <H extends SCMHead, I, R extends SCMRevision> boolean process(@NonNull H head,
            @CheckForNull IntermediateLambda<I> intermediateFactory, @NonNull ProbeLambda<H, I> probeFactory,
            @NonNull LazyRevisionLambda<H, R, I> revisionFactory, @NonNull Witness... witnesses)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public boolean isComplete() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public TaskListener listener() {
        throw new UnsupportedOperationException();
    }

    public void manage(@CheckForNull Closeable closeable) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException();
    }

    public interface RevisionLambda<H extends SCMHead, R extends SCMRevision> {
        @NonNull
        R create(@NonNull H head) throws IOException, InterruptedException;
    }

    public interface ProbeLambda<H extends SCMHead, I> {
        @NonNull
        SCMSourceCriteria.Probe create(@NonNull H head, @Nullable I revisionInfo)
                throws IOException, InterruptedException;
    }

    public interface IntermediateLambda<I> {
        @Nullable
        I create() throws IOException, InterruptedException;
    }

    public interface LazyRevisionLambda<H extends SCMHead, R extends SCMRevision, I> {
        @NonNull
        R create(@NonNull H head, @Nullable I intermediate) throws IOException, InterruptedException;
    }

    public interface Witness<H extends SCMHead, R extends SCMRevision> {
        void record(@NonNull H head, @CheckForNull R revision, boolean isMatch);
    }
}
