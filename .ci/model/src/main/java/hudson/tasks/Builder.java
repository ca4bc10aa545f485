// Source: jenkinsci/jenkins core/src/main/java/hudson/tasks/Builder.java @ jenkins-2.541.3
package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;

// Declared only as a supertype; its members are not modelled.
public abstract class Builder extends BuildStepCompatibilityLayer implements Describable<Builder>, ExtensionPoint {
}
