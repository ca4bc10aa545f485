// Source: jenkinsci/cloudbees-folder-plugin src/main/java/com/cloudbees/hudson/plugins/folder/computed/ComputedFolder.java @ b72f4d5c0709
package com.cloudbees.hudson.plugins.folder.computed;

import com.cloudbees.hudson.plugins.folder.AbstractFolder;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.BuildableItem;
import hudson.model.Cause;
import hudson.model.ItemGroup;
import hudson.model.Queue;
import hudson.model.TopLevelItem;
import jenkins.triggers.TriggeredItem;

public abstract class ComputedFolder<I extends TopLevelItem> extends AbstractFolder<I>
        implements BuildableItem, TriggeredItem, Queue.FlyweightTask {

    protected ComputedFolder(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }

    public boolean scheduleBuild(Cause c) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public FolderComputation<I> getComputation() {
        throw new UnsupportedOperationException();
    }
}
