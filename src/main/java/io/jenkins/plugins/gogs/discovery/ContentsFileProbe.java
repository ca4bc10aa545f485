package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.model.ContentEntry;
import io.jenkins.plugins.gogs.client.model.Contents;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * {@link FileProbe} over {@code GET /contents/<path>?ref=<sha>}: it tells a file from a directory, symlink or
 * submodule in one answer (the raw endpoint answers a directory with a server error).
 */
@Restricted(NoExternalUse.class)
final class ContentsFileProbe implements FileProbe {

    private final RepoApi repo;

    ContentsFileProbe(RepoApi repo) {
        this.repo = repo;
    }

    @Override
    public PathKind probe(String commitSha, String path) {
        return repo.contents(commitSha, path).map(ContentsFileProbe::kindOf).orElse(PathKind.MISSING);
    }

    private static PathKind kindOf(Contents contents) {
        if (contents instanceof Contents.Directory) {
            return PathKind.DIRECTORY;
        }
        ContentEntry entry = ((Contents.Single) contents).entry();
        return switch (entry.type() == null ? "" : entry.type()) {
            case "file" -> PathKind.FILE;
            case "symlink" -> PathKind.SYMLINK;
            case "submodule" -> PathKind.SUBMODULE;
            case "dir" -> PathKind.DIRECTORY;
            default ->
                throw new IllegalStateException("Gogs described " + entry.path() + " as a '" + entry.type()
                        + "', which is not a kind of path this plugin knows");
        };
    }

    @Override
    public String toString() {
        return "contents probe of " + repo;
    }
}
