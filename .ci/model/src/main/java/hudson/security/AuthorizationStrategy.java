// Source: jenkinsci/jenkins core/src/main/java/hudson/security/AuthorizationStrategy.java @ jenkins-2.541.3
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.AbstractItem;
import hudson.model.Describable;
import hudson.model.Job;
import hudson.model.Node;
import hudson.model.User;
import java.util.Collection;

public abstract class AuthorizationStrategy implements Describable<AuthorizationStrategy>, ExtensionPoint {
    public abstract @NonNull ACL getRootACL();

    public @NonNull ACL getACL(@NonNull Job<?, ?> project) {
        throw new UnsupportedOperationException();
    }

    public @NonNull ACL getACL(@NonNull AbstractItem item) {
        throw new UnsupportedOperationException();
    }

    public @NonNull ACL getACL(@NonNull User user) {
        throw new UnsupportedOperationException();
    }

    public @NonNull ACL getACL(@NonNull Node node) {
        throw new UnsupportedOperationException();
    }

    public abstract @NonNull Collection<String> getGroups();

    public static final AuthorizationStrategy UNSECURED = null;
}
