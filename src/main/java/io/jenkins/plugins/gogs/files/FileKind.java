package io.jenkins.plugins.gogs.files;

/** What a path in a repository is at one revision. */
public enum FileKind {
    FILE,
    DIRECTORY,
    SYMLINK,
    SUBMODULE,
    NONE;

    static FileKind ofContentsType(String type) {
        if (type == null) {
            return NONE;
        }
        return switch (type) {
            case "file" -> FILE;
            case "dir" -> DIRECTORY;
            case "symlink" -> SYMLINK;
            case "submodule" -> SUBMODULE;
            default -> NONE;
        };
    }
}
