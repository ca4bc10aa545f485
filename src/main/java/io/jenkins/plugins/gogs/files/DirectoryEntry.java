package io.jenkins.plugins.gogs.files;

import io.jenkins.plugins.gogs.discovery.PathKind;

/** One entry of a directory listing: its name (no '/') and what it is. */
public record DirectoryEntry(String name, PathKind kind) {}
