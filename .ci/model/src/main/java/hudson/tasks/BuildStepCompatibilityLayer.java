// Source: jenkinsci/jenkins core/src/main/java/hudson/tasks/BuildStepCompatibilityLayer.java @ jenkins-2.541.3
package hudson.tasks;

@Deprecated
public abstract class BuildStepCompatibilityLayer implements BuildStep {
}
