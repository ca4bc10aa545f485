// Source: jenkinsci/jenkins core/src/main/java/hudson/security/PermissionGroup.java @ jenkins-2.541.3
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Iterator;
import java.util.List;
import org.jvnet.localizer.Localizable;

public final class PermissionGroup implements Iterable<Permission>, Comparable<PermissionGroup> {
    public final @NonNull Class owner;
    public final Localizable title;

    public PermissionGroup(@NonNull Class owner, Localizable title) throws IllegalStateException {
        throw new UnsupportedOperationException();
    }

    public PermissionGroup(String id, @NonNull Class owner, Localizable title) throws IllegalStateException {
        throw new UnsupportedOperationException();
    }

    public String getId() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterator<Permission> iterator() {
        throw new UnsupportedOperationException();
    }

    public synchronized List<Permission> getPermissions() {
        throw new UnsupportedOperationException();
    }

    public synchronized Permission find(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(PermissionGroup that) {
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

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }

    public static synchronized List<PermissionGroup> getAll() {
        throw new UnsupportedOperationException();
    }

    public static synchronized PermissionGroup get(Class owner) {
        throw new UnsupportedOperationException();
    }
}
