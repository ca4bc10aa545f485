package io.jenkins.plugins.gogs.client.model;

import java.util.List;

/** What a path is at a ref: one entry (file, symlink, submodule) or a directory listing. */
public sealed interface Contents permits Contents.Single, Contents.Directory {

    /** A file, symlink or submodule. */
    record Single(ContentEntry entry) implements Contents {}

    /** A directory's entries (every file entry carries its content: Gogs sends it). */
    record Directory(List<ContentEntry> entries) implements Contents {
        public Directory {
            entries = List.copyOf(entries);
        }
    }
}
