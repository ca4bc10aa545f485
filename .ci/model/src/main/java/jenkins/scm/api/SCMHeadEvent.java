// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMHeadEvent.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.scm.SCM;
import java.util.Map;
import java.util.concurrent.TimeUnit;

public abstract class SCMHeadEvent<P> extends SCMEvent<P> {

    @Deprecated
    public SCMHeadEvent(@NonNull Type type, long timestamp, @NonNull P payload) {
        super(type, timestamp, payload);
    }

    public SCMHeadEvent(@NonNull Type type, long timestamp, @NonNull P payload, @CheckForNull String origin) {
        super(type, timestamp, payload, origin);
    }

    @Deprecated
    public SCMHeadEvent(@NonNull Type type, @NonNull P payload) {
        super(type, payload);
    }

    public SCMHeadEvent(@NonNull Type type, @NonNull P payload, @CheckForNull String origin) {
        super(type, payload, origin);
    }

    protected SCMHeadEvent(@NonNull SCMHeadEvent<P> src) {
        super(src);
    }

    public abstract boolean isMatch(@NonNull SCMNavigator navigator);

    @CheckForNull
    public String descriptionFor(@NonNull SCMNavigator navigator) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract String getSourceName();

    public boolean isMatch(@NonNull SCMSource source) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String descriptionFor(SCMSource source) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract Map<SCMHead, SCMRevision> heads(@NonNull SCMSource source);

    public abstract boolean isMatch(@NonNull SCM scm);

    @CheckForNull
    public String descriptionFor(SCM scm) {
        throw new UnsupportedOperationException();
    }

    public <O extends SCMHeadObserver> SCMHeadObserver.Wrapped<O> filter(@NonNull SCMSource source, O delegate) {
        throw new UnsupportedOperationException();
    }

    public static void fireNow(@NonNull SCMHeadEvent<?> event) {
        throw new UnsupportedOperationException();
    }

    public static void fireLater(@NonNull SCMHeadEvent<?> event, long delay, TimeUnit delayUnits) {
        throw new UnsupportedOperationException();
    }
}
