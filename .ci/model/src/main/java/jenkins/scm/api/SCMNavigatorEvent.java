// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMNavigatorEvent.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.concurrent.TimeUnit;

public abstract class SCMNavigatorEvent<P> extends SCMEvent<P> {

    @Deprecated
    public SCMNavigatorEvent(@NonNull Type type, long timestamp, @NonNull P payload) {
        super(type, timestamp, payload);
    }

    public SCMNavigatorEvent(@NonNull Type type, long timestamp, @NonNull P payload, @CheckForNull String origin) {
        super(type, timestamp, payload, origin);
    }

    @Deprecated
    public SCMNavigatorEvent(@NonNull Type type, @NonNull P payload) {
        super(type, payload);
    }

    public SCMNavigatorEvent(@NonNull Type type, @NonNull P payload, @CheckForNull String origin) {
        super(type, payload, origin);
    }

    protected SCMNavigatorEvent(@NonNull SCMNavigatorEvent<P> src) {
        super(src);
    }

    public abstract boolean isMatch(SCMNavigator navigator);

    @CheckForNull
    public String descriptionFor(SCMNavigator navigator) {
        throw new UnsupportedOperationException();
    }

    public static void fireNow(@NonNull SCMNavigatorEvent<?> event) {
        throw new UnsupportedOperationException();
    }

    public static void fireLater(@NonNull SCMNavigatorEvent<?> event, long delay, TimeUnit delayUnits) {
        throw new UnsupportedOperationException();
    }
}
