// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/queue/ITask.java @ jenkins-2.541.3
package jenkins.model.queue;

import jenkins.model.FullyNamedModelObject;

public interface ITask extends FullyNamedModelObject {
    default boolean hasAbortPermission() {
        throw new UnsupportedOperationException();
    }

    default boolean hasReadPermission() {
        throw new UnsupportedOperationException();
    }

    @Override
    default String getFullDisplayName() {
        throw new UnsupportedOperationException();
    }

    String getUrl();
}
