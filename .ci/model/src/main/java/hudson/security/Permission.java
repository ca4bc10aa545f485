// Source: jenkinsci/jenkins core/src/main/java/hudson/security/Permission.java @ jenkins-2.541.3
package hudson.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;
import org.jvnet.localizer.Localizable;

public final class Permission {
    public final @NonNull Class owner;
    public final @NonNull PermissionGroup group;
    public final @NonNull String name;
    public final @CheckForNull Localizable description;
    public final @CheckForNull Permission impliedBy;
    public boolean enabled;

    public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Localizable description, @CheckForNull Permission impliedBy, boolean enable, @NonNull PermissionScope[] scopes) throws IllegalStateException {
        throw new UnsupportedOperationException();
    }

    public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Localizable description, @CheckForNull Permission impliedBy, @NonNull PermissionScope scope) {
        throw new UnsupportedOperationException();
    }

    public boolean isContainedBy(@NonNull PermissionScope s) {
        throw new UnsupportedOperationException();
    }

    public @NonNull String getId() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    public static @CheckForNull Permission fromId(@NonNull String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }

    public void setEnabled(boolean enable) {
        throw new UnsupportedOperationException();
    }

    public boolean getEnabled() {
        throw new UnsupportedOperationException();
    }

    public static @NonNull List<Permission> getAll() {
        throw new UnsupportedOperationException();
    }

    public static final PermissionGroup GROUP = null;
    public static final Permission READ = null;
    public static final Permission WRITE = null;
    public static final Permission CREATE = null;
    public static final Permission UPDATE = null;
    public static final Permission DELETE = null;
    public static final Permission CONFIGURE = null;
}
