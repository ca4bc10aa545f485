// Source: jenkinsci/jenkins core/src/main/java/hudson/model/Queue.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.queue.SubTask;
import java.util.List;
import jenkins.console.WithConsoleUrl;
import jenkins.model.FullyNamedModelObject;
import org.springframework.security.core.Authentication;

// Only the nested task/executable types plugins meet; the queue itself is not modelled.
public class Queue extends ResourceController implements Saveable {
    public Queue(@NonNull LoadBalancer loadBalancer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void save() {
        throw new UnsupportedOperationException();
    }

    public interface Task extends FullyNamedModelObject, SubTask {
        String getName();

        @Override
        String getUrl();

        default boolean isConcurrentBuild() {
            throw new UnsupportedOperationException();
        }

        default @NonNull Authentication getDefaultAuthentication2() {
            throw new UnsupportedOperationException();
        }
    }

    public interface FlyweightTask extends Task {
    }

    public interface QueueAction extends Action {
        boolean shouldSchedule(List<Action> actions);
    }

    public interface Executable extends Runnable, WithConsoleUrl {
        @NonNull
        SubTask getParent();

        @Override
        default String getConsoleUrl() {
            throw new UnsupportedOperationException();
        }
    }
}
