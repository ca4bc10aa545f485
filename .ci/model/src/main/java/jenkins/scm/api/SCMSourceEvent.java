// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMSourceEvent.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.concurrent.TimeUnit;

public abstract class SCMSourceEvent<P> extends SCMEvent<P> {

    @Deprecated
    public SCMSourceEvent(@NonNull Type type, long timestamp, @NonNull P payload) {
        super(type, timestamp, payload);
    }

    public SCMSourceEvent(@NonNull Type type, long timestamp, @NonNull P payload, @CheckForNull String origin) {
        super(type, timestamp, payload, origin);
    }

    @Deprecated
    public SCMSourceEvent(@NonNull Type type, @NonNull P payload) {
        super(type, payload);
    }

    public SCMSourceEvent(@NonNull Type type, @NonNull P payload, @CheckForNull String origin) {
        super(type, payload, origin);
    }

    protected SCMSourceEvent(@NonNull SCMSourceEvent<P> src) {
        super(src);
    }

    public abstract boolean isMatch(@NonNull SCMNavigator navigator);

    @CheckForNull
    public String descriptionFor(SCMNavigator navigator) {
        throw new UnsupportedOperationException();
    }

    public abstract boolean isMatch(@NonNull SCMSource source);

    @CheckForNull
    public String descriptionFor(SCMSource source) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract String getSourceName();

    public static void fireNow(@NonNull SCMSourceEvent<?> event) {
        throw new UnsupportedOperationException();
    }

    public static void fireLater(@NonNull SCMSourceEvent<?> event, long delay, TimeUnit delayUnits) {
        throw new UnsupportedOperationException();
    }
}
