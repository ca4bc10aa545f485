// Source: jenkinsci/jenkins core/src/main/java/hudson/model/Result.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import org.kohsuke.stapler.export.CustomExportedBean;

public final class Result implements Serializable, CustomExportedBean {
    public static final @NonNull Result SUCCESS = null;
    public static final @NonNull Result UNSTABLE = null;
    public static final @NonNull Result FAILURE = null;
    public static final @NonNull Result NOT_BUILT = null;
    public static final @NonNull Result ABORTED = null;

    public final int ordinal;
    public final @NonNull BallColor color;
    public final boolean completeBuild;

    private Result(@NonNull String name, @NonNull BallColor color, int ordinal, boolean complete) {
        throw new UnsupportedOperationException();
    }

    public @NonNull Result combine(@NonNull Result that) {
        throw new UnsupportedOperationException();
    }

    public boolean isWorseThan(@NonNull Result that) {
        throw new UnsupportedOperationException();
    }

    public boolean isWorseOrEqualTo(@NonNull Result that) {
        throw new UnsupportedOperationException();
    }

    public boolean isBetterThan(@NonNull Result that) {
        throw new UnsupportedOperationException();
    }

    public boolean isBetterOrEqualTo(@NonNull Result that) {
        throw new UnsupportedOperationException();
    }

    public boolean isCompleteBuild() {
        throw new UnsupportedOperationException();
    }

    @Override
    public @NonNull String toString() {
        throw new UnsupportedOperationException();
    }

    @Override
    public @NonNull String toExportedObject() {
        throw new UnsupportedOperationException();
    }

    public static @NonNull Result fromString(@NonNull String s) {
        throw new UnsupportedOperationException();
    }
}
