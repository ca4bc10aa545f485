// Source: jenkinsci/cloudbees-folder-plugin src/main/java/com/cloudbees/hudson/plugins/folder/AbstractFolder.java @ b72f4d5c0709
package com.cloudbees.hudson.plugins.folder;

import hudson.model.AbstractItem;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.ModifiableViewGroup;
import hudson.model.TopLevelItem;
import java.util.Collection;
import jenkins.model.ModelObjectWithChildren;
import org.jenkins.ui.icon.IconSpec;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerOverridable;
import org.springframework.security.access.AccessDeniedException;

public abstract class AbstractFolder<I extends TopLevelItem> extends AbstractItem
        implements TopLevelItem, ItemGroup<I>, ModifiableViewGroup, StaplerFallback, ModelObjectWithChildren,
                StaplerOverridable, IconSpec {

    protected AbstractFolder(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }

    @Override
    public String getIconClassName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AbstractFolderDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Collection<? extends Job> getAllJobs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Collection<I> getItems() {
        throw new UnsupportedOperationException();
    }

    public I getItem(String name) throws AccessDeniedException {
        throw new UnsupportedOperationException();
    }
}
