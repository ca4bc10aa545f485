// Source: jenkinsci/jenkins core/src/main/java/hudson/model/User.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.IOException;
import java.util.Collection;
import jenkins.model.Loadable;
import jenkins.model.ModelObjectWithContextMenu;
import org.kohsuke.stapler.StaplerProxy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

public class User extends AbstractModelObject implements AccessControlled, DescriptorByNameOwner, Loadable, Saveable, Comparable<User>, ModelObjectWithContextMenu, StaplerProxy {
    private User() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void load() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(@NonNull User that) {
        throw new UnsupportedOperationException();
    }

    public @NonNull String getId() {
        throw new UnsupportedOperationException();
    }

    public @NonNull String getUrl() {
        throw new UnsupportedOperationException();
    }

    public @NonNull String getFullName() {
        throw new UnsupportedOperationException();
    }

    public void setFullName(String name) {
        throw new UnsupportedOperationException();
    }

    public @CheckForNull String getDescription() {
        throw new UnsupportedOperationException();
    }

    public @NonNull Authentication impersonate2() throws UsernameNotFoundException {
        throw new UnsupportedOperationException();
    }

    public static @NonNull User getUnknown() {
        throw new UnsupportedOperationException();
    }

    public static @NonNull User getOrCreateByIdOrFullName(@NonNull String idOrFullName) {
        throw new UnsupportedOperationException();
    }

    public static @CheckForNull User current() {
        throw new UnsupportedOperationException();
    }

    public static @CheckForNull User get2(@CheckForNull Authentication a) {
        throw new UnsupportedOperationException();
    }

    public static @Nullable User getById(String id, boolean create) {
        throw new UnsupportedOperationException();
    }

    public static @NonNull Collection<User> getAll() {
        throw new UnsupportedOperationException();
    }

    @Override
    public @NonNull String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException();
    }

    public void delete() throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public @NonNull ACL getACL() {
        throw new UnsupportedOperationException();
    }
}
