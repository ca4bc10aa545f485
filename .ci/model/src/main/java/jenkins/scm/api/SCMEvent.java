// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMEvent.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Cause;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Date;

public abstract class SCMEvent<P> {

    public static final String ORIGIN_UNKNOWN = "?";

    @Deprecated
    public SCMEvent(@NonNull Type type, long timestamp, @NonNull P payload) {
        throw new UnsupportedOperationException();
    }

    public SCMEvent(@NonNull Type type, long timestamp, @NonNull P payload, @CheckForNull String origin) {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    public SCMEvent(@NonNull Type type, @NonNull P payload) {
        throw new UnsupportedOperationException();
    }

    public SCMEvent(@NonNull Type type, @NonNull P payload, @CheckForNull String origin) {
        throw new UnsupportedOperationException();
    }

    protected SCMEvent(SCMEvent<P> copy) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public Type getType() {
        throw new UnsupportedOperationException();
    }

    public long getTimestamp() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public Date getDate() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public P getPayload() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public String getOrigin() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String description() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public Cause[] asCauses() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static String originOf(@CheckForNull HttpServletRequest req) {
        throw new UnsupportedOperationException();
    }

    public enum Type {
        CREATED,
        UPDATED,
        REMOVED
    }
}
