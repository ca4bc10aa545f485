package io.jenkins.plugins.gogs.scm;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.TaskListener;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Lines other parts of the plugin add to a scan's log about a repository (e.g. the state of its webhook), so that
 * the SCM side does not depend on them. Implementations must be quick, must not call Gogs, and must not throw.
 */
@Restricted(NoExternalUse.class)
public interface ScanLogNotes extends ExtensionPoint {

    /** Writes what is worth knowing about the repository of {@code source} to the scan's log. */
    void write(GogsSCMSource source, TaskListener listener);

    /** Lets every registered implementation write its lines. */
    static void writeAll(GogsSCMSource source, TaskListener listener) {
        for (ScanLogNotes notes : ExtensionList.lookup(ScanLogNotes.class)) {
            notes.write(source, listener);
        }
    }
}
