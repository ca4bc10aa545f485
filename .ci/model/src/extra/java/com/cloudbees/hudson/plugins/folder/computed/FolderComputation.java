// Source: jenkinsci/cloudbees-folder-plugin src/main/java/com/cloudbees/hudson/plugins/folder/computed/FolderComputation.java @ b72f4d5c0709
package com.cloudbees.hudson.plugins.folder.computed;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Actionable;
import hudson.model.Queue;
import hudson.model.Saveable;
import hudson.model.TopLevelItem;
import java.io.File;
import java.io.IOException;
import jenkins.model.FullyNamedModelObject;
import jenkins.model.Loadable;

public class FolderComputation<I extends TopLevelItem> extends Actionable
        implements FullyNamedModelObject, Queue.Executable, Saveable, Loadable {

    protected FolderComputation(@NonNull ComputedFolder<I> folder, @CheckForNull FolderComputation<I> previous) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void load() throws IOException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public File getLogFile() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getFullDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    @NonNull
    public ComputedFolder<I> getParent() {
        throw new UnsupportedOperationException();
    }
}
