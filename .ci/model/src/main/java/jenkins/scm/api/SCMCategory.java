// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMCategory.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import org.jvnet.localizer.Localizable;

public abstract class SCMCategory<T> {

    public SCMCategory(@CheckForNull Localizable displayName) {
        throw new UnsupportedOperationException();
    }

    public SCMCategory(@NonNull String name, @CheckForNull Localizable displayName) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final String getName() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public Localizable getDisplayName() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected abstract Localizable defaultDisplayName();

    public final boolean isUncategorized() {
        throw new UnsupportedOperationException();
    }

    public abstract boolean isMatch(@NonNull T instance);
}
