package io.jenkins.plugins.gogs.files;

import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.model.Commit;
import io.jenkins.plugins.gogs.client.model.ContentEntry;
import io.jenkins.plugins.gogs.client.model.Contents;
import io.jenkins.plugins.gogs.discovery.PathKind;
import io.jenkins.plugins.gogs.discovery.ProbePlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The files of a repository at one commit, read through the API without cloning: what a path is, a directory's
 * entries, a file's bytes, the commit's time. What one answer already told (a listing says what each entry is and
 * carries small files' content) is remembered, so asking again costs no request.
 *
 * <p>Reading a file costs one request ({@code /raw}); telling what a path is, or listing a directory, one
 * ({@code /contents}). Gogs errors are the client's unchecked exceptions.
 */
@Restricted(NoExternalUse.class)
public final class RevisionFiles {

    /** Files up to this size keep their content from a listing or lookup (Gogs sends it anyway). */
    static final int REMEMBERED_CONTENT_LIMIT = 256 * 1024;

    private final RepoApi repository;
    private final String sha;
    private final ProbePlan probes;
    private final Map<String, PathKind> kinds = new ConcurrentHashMap<>();
    private final Map<String, byte[]> contents = new ConcurrentHashMap<>();
    private volatile Instant commitTime;

    /**
     * @param sha a full commit SHA: the files of exactly that commit, whatever the branch does meanwhile
     */
    public RevisionFiles(RepoApi repository, String sha) {
        this(repository, sha, null);
    }

    /**
     * @param sha    a full commit SHA
     * @param probes the scan's probe answers (e.g. "Jenkinsfile is a file at this commit"): a path they know costs
     *               no request to tell what it is, and a path they know missing no request to read; null for none
     */
    public RevisionFiles(RepoApi repository, String sha, ProbePlan probes) {
        if (sha == null || !sha.matches("[0-9a-f]{40}")) {
            throw new IllegalArgumentException("Files are read at a full commit SHA, not at '" + sha + "'");
        }
        this.repository = repository;
        this.sha = sha;
        this.probes = probes;
        kinds.put("", PathKind.DIRECTORY);
    }

    public String sha() {
        return sha;
    }

    /** What the path is ({@code ""} is the root); {@link PathKind#MISSING} when nothing is there. */
    public PathKind kind(String path) {
        String normalized = normalize(path);
        PathKind known = knownKind(normalized);
        if (known != null) {
            return known;
        }
        PathKind kind = repository
                .contents(sha, normalized)
                .map(contents -> remember(normalized, contents))
                .orElse(PathKind.MISSING);
        kinds.put(normalized, kind);
        return kind;
    }

    /** The entries of a directory, by name; empty when the path is not a directory. */
    public List<DirectoryEntry> list(String path) {
        String normalized = normalize(path);
        Optional<Contents> found = repository.contents(sha, normalized);
        if (found.isEmpty() || !(found.get() instanceof Contents.Directory directory)) {
            kinds.put(normalized, found.map(c -> remember(normalized, c)).orElse(PathKind.MISSING));
            return List.of();
        }
        kinds.put(normalized, PathKind.DIRECTORY);
        List<DirectoryEntry> entries = new ArrayList<>();
        for (ContentEntry entry : directory.entries()) {
            String childPath = normalized.isEmpty() ? entry.name() : normalized + "/" + entry.name();
            PathKind kind = kindOf(entry.type());
            kinds.put(childPath, kind);
            rememberContent(childPath, entry);
            entries.add(new DirectoryEntry(entry.name(), kind));
        }
        return entries;
    }

    /** A file's bytes; empty when the path is not a file (missing, a directory, ...). */
    public Optional<byte[]> read(String path) {
        String normalized = normalize(path);
        byte[] remembered = contents.get(normalized);
        if (remembered != null) {
            return Optional.of(remembered.clone());
        }
        PathKind known = knownKind(normalized);
        if (known != null && known != PathKind.FILE) {
            return Optional.empty();
        }
        Optional<byte[]> bytes = repository.rawFile(sha, normalized);
        if (bytes.isPresent()) {
            kinds.put(normalized, PathKind.FILE);
        }
        return bytes;
    }

    /** The commit's time (its committer date); read once. */
    public Instant commitTime() {
        Instant time = commitTime;
        if (time == null) {
            Commit commit = repository
                    .commit(sha)
                    .orElseThrow(() -> new IllegalStateException(Messages.RevisionFiles_NoSuchCommit(sha)));
            time = commit.commit().committer().date().toInstant();
            commitTime = time;
        }
        return time;
    }

    /** What this object or the scan's probes already know the path to be; null when neither does. */
    private PathKind knownKind(String normalized) {
        PathKind known = kinds.get(normalized);
        if (known == null && probes != null) {
            known = probes.known(sha, normalized).orElse(null);
            if (known != null) {
                kinds.put(normalized, known);
            }
        }
        return known;
    }

    private PathKind remember(String path, Contents found) {
        if (found instanceof Contents.Single single) {
            rememberContent(path, single.entry());
            return kindOf(single.entry().type());
        }
        return PathKind.DIRECTORY;
    }

    private void rememberContent(String path, ContentEntry entry) {
        if (entry.isFile() && entry.content() != null && entry.size() <= REMEMBERED_CONTENT_LIMIT) {
            contents.put(path, entry.decodedContent());
        }
    }

    private static PathKind kindOf(String contentsType) {
        if (contentsType == null) {
            return PathKind.MISSING;
        }
        return switch (contentsType) {
            case "file" -> PathKind.FILE;
            case "dir" -> PathKind.DIRECTORY;
            case "symlink" -> PathKind.SYMLINK;
            case "submodule" -> PathKind.SUBMODULE;
            default -> PathKind.MISSING;
        };
    }

    /** Paths as SCM files give them: relative, '/'-separated; leading, trailing and doubled slashes are dropped. */
    static String normalize(String path) {
        if (path == null) {
            return "";
        }
        StringBuilder normalized = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                throw new IllegalArgumentException(Messages.RevisionFiles_PathOutside(path));
            }
            if (normalized.length() > 0) {
                normalized.append('/');
            }
            normalized.append(segment);
        }
        return normalized.toString();
    }
}
