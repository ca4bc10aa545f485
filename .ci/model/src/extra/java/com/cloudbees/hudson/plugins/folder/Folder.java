// Source: jenkinsci/cloudbees-folder-plugin src/main/java/com/cloudbees/hudson/plugins/folder/Folder.java @ b72f4d5c0709
package com.cloudbees.hudson.plugins.folder;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import java.io.IOException;
import jenkins.model.DirectlyModifiableTopLevelItemGroup;

public class Folder extends AbstractFolder<TopLevelItem> implements DirectlyModifiableTopLevelItemGroup {
    public Folder(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }

    public <T extends TopLevelItem> T createProject(@NonNull Class<T> type, @NonNull String name) throws IOException {
        throw new UnsupportedOperationException();
    }
}
