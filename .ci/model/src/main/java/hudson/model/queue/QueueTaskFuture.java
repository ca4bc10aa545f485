// Source: jenkinsci/jenkins core/src/main/java/hudson/model/queue/QueueTaskFuture.java @ jenkins-2.541.3
package hudson.model.queue;

import hudson.model.Queue.Executable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

public interface QueueTaskFuture<R extends Executable> extends Future<R> {
    Future<R> getStartCondition();

    R waitForStart() throws InterruptedException, ExecutionException;
}
