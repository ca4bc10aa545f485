// Source: jenkinsci/jenkins core/src/main/java/hudson/tasks/Maven.java @ jenkins-2.541.3
package hudson.tasks;

// Only present because hudson.model.Project implements Maven.ProjectWithMaven.
public class Maven extends Builder {
    public Maven(String targets, String name) {
        throw new UnsupportedOperationException();
    }

    public interface ProjectWithMaven {
    }
}
