// Source: jenkinsci/jenkins core/src/main/java/hudson/model/queue/SubTask.java @ jenkins-2.541.3
package hudson.model.queue;

import hudson.model.Queue;
import hudson.model.ResourceActivity;
import jenkins.model.queue.ITask;

public interface SubTask extends ResourceActivity, ITask {
    default long getEstimatedDuration() {
        throw new UnsupportedOperationException();
    }

    default Queue.Task getOwnerTask() {
        throw new UnsupportedOperationException();
    }

    @Override
    default String getUrl() {
        throw new UnsupportedOperationException();
    }
}
