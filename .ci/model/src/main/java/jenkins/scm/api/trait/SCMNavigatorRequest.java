// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMNavigatorRequest.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceObserver;

public abstract class SCMNavigatorRequest implements Closeable {

    protected SCMNavigatorRequest(@NonNull SCMNavigator source, @NonNull SCMNavigatorContext<?, ?> context,
            @NonNull SCMSourceObserver observer) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMSourceTrait> traits() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<SCMSourceDecorator<?, ?>> decorators() {
        throw new UnsupportedOperationException();
    }

    public final boolean isExcluded(@NonNull String projectName) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public boolean process(@NonNull String projectName, @NonNull SourceLambda sourceFactory,
            @CheckForNull AttributeLambda attributeFactory, Witness... witnesses)
            throws IllegalArgumentException, IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public boolean process(@NonNull String projectName, @NonNull List<SourceLambda> sourceFactories,
            @CheckForNull List<AttributeLambda> attributeFactories, Witness... witnesses)
            throws IllegalArgumentException, IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public void manage(@CheckForNull Closeable closeable) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException();
    }

    public interface SourceLambda {
        @NonNull
        SCMSource create(@NonNull String projectName) throws IOException, InterruptedException;
    }

    public interface AttributeLambda {
        @NonNull
        Map<String, Object> create(@NonNull String projectName) throws IOException, InterruptedException;
    }

    public interface Witness {
        void record(@NonNull String projectName, boolean isMatch);
    }
}
