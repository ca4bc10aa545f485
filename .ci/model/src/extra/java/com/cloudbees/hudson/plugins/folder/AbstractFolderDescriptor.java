// Source: jenkinsci/cloudbees-folder-plugin src/main/java/com/cloudbees/hudson/plugins/folder/AbstractFolderDescriptor.java @ b72f4d5c0709
package com.cloudbees.hudson.plugins.folder;

import hudson.model.TopLevelItemDescriptor;
import org.jenkins.ui.icon.IconSpec;

public abstract class AbstractFolderDescriptor extends TopLevelItemDescriptor implements IconSpec {

    protected AbstractFolderDescriptor(Class<? extends AbstractFolder> clazz) {
        throw new UnsupportedOperationException();
    }

    protected AbstractFolderDescriptor() {
        throw new UnsupportedOperationException();
    }
}
