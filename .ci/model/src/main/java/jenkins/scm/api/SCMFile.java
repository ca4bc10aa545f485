// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMFile.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

public abstract class SCMFile {

    protected SCMFile() {
        throw new UnsupportedOperationException();
    }

    protected SCMFile(@NonNull SCMFile parent, String name) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final String getName() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public String getPath() {
        throw new UnsupportedOperationException();
    }

    public final boolean isRoot() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public SCMFile parent() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public SCMFile child(String path) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected abstract SCMFile newChild(@NonNull String name, boolean assumeIsDirectory);

    @NonNull
    public abstract Iterable<SCMFile> children() throws IOException, InterruptedException;

    public abstract long lastModified() throws IOException, InterruptedException;

    public final boolean exists() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public final boolean isFile() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public final boolean isDirectory() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final Type getType() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    protected final void type(@NonNull Type type) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    protected abstract Type type() throws IOException, InterruptedException;

    @NonNull
    public abstract InputStream content() throws IOException, InterruptedException;

    @NonNull
    public byte[] contentAsBytes() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public String contentAsString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public String contentMimeType() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public boolean isContentBinary() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public boolean isContentText() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public Charset contentEncoding() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public enum Type {
        NONEXISTENT,
        REGULAR_FILE,
        DIRECTORY,
        LINK,
        OTHER
    }
}
