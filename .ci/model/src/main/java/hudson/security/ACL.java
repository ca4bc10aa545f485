// Source: jenkinsci/jenkins core/src/main/java/hudson/security/ACL.java @ jenkins-2.541.3
package hudson.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.User;
import java.util.function.BiFunction;
import org.springframework.security.core.Authentication;

public abstract class ACL {
    public final void checkPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException();
    }

    public final void checkAnyPermission(@NonNull Permission... permissions) {
        throw new UnsupportedOperationException();
    }

    public final boolean hasPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException();
    }

    public final boolean hasAnyPermission(@NonNull Permission... permissions) {
        throw new UnsupportedOperationException();
    }

    public boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
        throw new UnsupportedOperationException();
    }

    public static ACL lambda2(final BiFunction<Authentication, Permission, Boolean> impl) {
        throw new UnsupportedOperationException();
    }

    public static final Authentication SYSTEM2 = null;

    @NonNull
    public static ACLContext as2(@NonNull Authentication auth) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static ACLContext as(@CheckForNull User user) {
        throw new UnsupportedOperationException();
    }

    public static boolean isAnonymous2(@NonNull Authentication authentication) {
        throw new UnsupportedOperationException();
    }
}
