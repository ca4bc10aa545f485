// Source: jenkinsci/jenkins core/src/main/java/hudson/model/queue/Tasks.java @ jenkins-2.541.3
package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Queue.Task;
import org.springframework.security.core.Authentication;

public class Tasks {
    public static @CheckForNull hudson.model.Item getItemOf(@NonNull SubTask t) {
        throw new UnsupportedOperationException();
    }

    public static @NonNull Authentication getAuthenticationOf2(@NonNull Task t) {
        throw new UnsupportedOperationException();
    }
}
