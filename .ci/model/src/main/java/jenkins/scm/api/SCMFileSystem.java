// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMFileSystem.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Item;
import hudson.model.Run;
import hudson.scm.SCM;
import hudson.scm.SCMDescriptor;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

public abstract class SCMFileSystem implements Closeable {

    protected SCMFileSystem(@CheckForNull SCMRevision rev) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException();
    }

    public abstract long lastModified() throws IOException, InterruptedException;

    @CheckForNull
    public SCMRevision getRevision() {
        throw new UnsupportedOperationException();
    }

    public final boolean isFixedRevision() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final SCMFile child(@NonNull String path) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public abstract SCMFile getRoot();

    public boolean changesSince(@CheckForNull SCMRevision revision, @NonNull OutputStream changeLogStream)
            throws UnsupportedOperationException, IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static SCMFileSystem of(@NonNull Item owner, @NonNull SCM scm) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static SCMFileSystem of(@NonNull Item owner, @NonNull SCM scm, @CheckForNull SCMRevision rev)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static SCMFileSystem of(@NonNull Item owner, @NonNull SCM scm, @CheckForNull SCMRevision rev,
            @CheckForNull Run<?, ?> build) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public static boolean supports(@NonNull SCM scm) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static SCMFileSystem of(@NonNull SCMSource source, @NonNull SCMHead head)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static SCMFileSystem of(@NonNull SCMSource source, @NonNull SCMHead head, @CheckForNull SCMRevision rev)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public static boolean supports(@NonNull SCMSource source) {
        throw new UnsupportedOperationException();
    }

    public static boolean supports(@NonNull SCMDescriptor descriptor) {
        throw new UnsupportedOperationException();
    }

    public static boolean supports(@NonNull SCMSourceDescriptor descriptor) {
        throw new UnsupportedOperationException();
    }

    public abstract static class Builder implements ExtensionPoint {

        public abstract boolean supports(SCM source);

        public abstract boolean supports(SCMSource source);

        public final boolean supports(SCMDescriptor<?> descriptor) {
            throw new UnsupportedOperationException();
        }

        protected abstract boolean supportsDescriptor(SCMDescriptor descriptor);

        public final boolean supports(SCMSourceDescriptor descriptor) {
            throw new UnsupportedOperationException();
        }

        protected abstract boolean supportsDescriptor(SCMSourceDescriptor descriptor);

        @CheckForNull
        public SCMFileSystem build(@NonNull Item owner, @NonNull SCM scm, @CheckForNull SCMRevision rev)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException();
        }

        @CheckForNull
        public SCMFileSystem build(@NonNull SCMSource source, @NonNull SCMHead head, @CheckForNull SCMRevision rev)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException();
        }

        @CheckForNull
        public SCMFileSystem build(@NonNull Item owner, @NonNull SCM scm, @CheckForNull SCMRevision rev,
                @CheckForNull Run<?, ?> _build) throws IOException, InterruptedException {
            throw new UnsupportedOperationException();
        }
    }
}
