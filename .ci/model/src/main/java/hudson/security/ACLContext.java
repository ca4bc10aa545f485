// Source: jenkinsci/jenkins core/src/main/java/hudson/security/ACLContext.java @ jenkins-2.541.3
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.core.context.SecurityContext;

public class ACLContext implements AutoCloseable {
    ACLContext(@NonNull SecurityContext previousContext) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public SecurityContext getPreviousContext2() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
