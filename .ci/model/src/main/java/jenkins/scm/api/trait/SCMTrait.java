// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/trait/SCMTrait.java @ 24df4bb455f2
package jenkins.scm.api.trait;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import java.util.ArrayList;

public abstract class SCMTrait<T extends SCMTrait<T>> extends AbstractDescribableImpl<T> implements ExtensionPoint {

    @Override
    public SCMTraitDescriptor<T> getDescriptor() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static <T extends SCMTrait<?>> ArrayList<T> asSetList(@CheckForNull Iterable<? extends T> list) {
        throw new UnsupportedOperationException();
    }

    public static <T extends SCMTrait<?>> ArrayList<T> asSetList(@NonNull T first,
            @CheckForNull Iterable<? extends T> list) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static <T extends SCMTrait<?>> T find(@NonNull Iterable<?> traits, @NonNull Class<T> clazz) {
        throw new UnsupportedOperationException();
    }
}
