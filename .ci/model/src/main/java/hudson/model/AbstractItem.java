// Source: jenkinsci/jenkins core/src/main/java/hudson/model/AbstractItem.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import jenkins.model.Loadable;
import org.kohsuke.stapler.HttpDeletable;
import org.kohsuke.stapler.StaplerProxy;

public abstract class AbstractItem extends Actionable implements Loadable, Item, HttpDeletable, AccessControlled, DescriptorByNameOwner, StaplerProxy {
    protected AbstractItem(ItemGroup parent, String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    @NonNull
    public String getName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    public String getDisplayNameOrNull() {
        throw new UnsupportedOperationException();
    }

    public void setDisplayNameOrNull(String displayName) throws IOException {
        throw new UnsupportedOperationException();
    }

    public void setDisplayName(String displayName) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public File getRootDir() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ItemGroup getParent() {
        throw new UnsupportedOperationException();
    }

    public String getDescription() {
        throw new UnsupportedOperationException();
    }

    public void setDescription(String description) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public abstract Collection<? extends Job> getAllJobs();

    @Override
    @NonNull
    public final String getFullName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public final String getFullDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public final String getUrl() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getShortUrl() {
        throw new UnsupportedOperationException();
    }

    @Override
    @NonNull
    public ACL getACL() {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void load() throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }
}
