package io.jenkins.plugins.gogs.files;

/** One entry of a directory listing: its name (no '/') and what it is. */
public record DirectoryEntry(String name, FileKind kind) {}
