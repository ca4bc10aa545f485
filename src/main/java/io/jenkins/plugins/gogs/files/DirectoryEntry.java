package io.jenkins.plugins.gogs.files;

import io.jenkins.plugins.gogs.discovery.PathKind;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** One entry of a directory listing: its name (no '/') and what it is. */
@Restricted(NoExternalUse.class)
public record DirectoryEntry(String name, PathKind kind) {}
