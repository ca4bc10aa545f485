package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.discovery.PathKind;
import io.jenkins.plugins.gogs.files.DirectoryEntry;
import io.jenkins.plugins.gogs.files.RevisionFiles;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import jenkins.scm.api.SCMFile;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A file or directory of a Gogs repository at one commit, read through the API. */
@Restricted(NoExternalUse.class)
class GogsSCMFile extends SCMFile {

    private final RevisionFiles files;

    /** The root directory. */
    GogsSCMFile(@NonNull RevisionFiles files) {
        this.files = files;
        type(Type.DIRECTORY);
    }

    private GogsSCMFile(@NonNull GogsSCMFile parent, @NonNull String name, Type knownType) {
        super(parent, name);
        this.files = parent.files;
        if (knownType != null) {
            type(knownType);
        }
    }

    @NonNull
    @Override
    protected SCMFile newChild(@NonNull String name, boolean assumeIsDirectory) {
        return new GogsSCMFile(this, name, assumeIsDirectory ? Type.DIRECTORY : null);
    }

    @NonNull
    @Override
    public Iterable<SCMFile> children() throws IOException {
        List<SCMFile> children = new ArrayList<>();
        for (DirectoryEntry entry : call(() -> files.list(getPath()))) {
            children.add(new GogsSCMFile(this, entry.name(), typeOf(entry.kind())));
        }
        return children;
    }

    /** The time of the commit the file is read at (Gogs' API has no cheap per-file time). */
    @Override
    public long lastModified() throws IOException {
        return call(files::commitTime).toEpochMilli();
    }

    @NonNull
    @Override
    protected Type type() throws IOException {
        return typeOf(call(() -> files.kind(getPath())));
    }

    @NonNull
    @Override
    public InputStream content() throws IOException {
        byte[] bytes = call(() -> files.read(getPath()))
                .orElseThrow(() -> new FileNotFoundException(Messages.GogsSCMFile_NoFile(getPath(), files.sha())));
        return new ByteArrayInputStream(bytes);
    }

    static Type typeOf(PathKind kind) {
        return switch (kind) {
            case FILE -> Type.REGULAR_FILE;
            case DIRECTORY -> Type.DIRECTORY;
            case SYMLINK -> Type.LINK;
            case SUBMODULE -> Type.OTHER;
            case MISSING -> Type.NONEXISTENT;
        };
    }

    /** Gogs failures are unchecked in the client; SCM callers expect an IOException. */
    static <T> T call(GogsCall<T> call) throws IOException {
        try {
            return call.run();
        } catch (GogsException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface GogsCall<T> {
        T run();
    }
}
