// Source: jenkinsci/jenkins core/src/main/java/hudson/tasks/BuildStep.java @ jenkins-2.541.3
package hudson.tasks;

// Declared only as a supertype; its members are not modelled.
public interface BuildStep {
}
