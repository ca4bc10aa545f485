// Source: jenkinsci/jenkins core/src/main/java/hudson/tasks/BuildStepDescriptor.java @ jenkins-2.541.3
package hudson.tasks;

import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Descriptor;

public abstract class BuildStepDescriptor<T extends BuildStep & Describable<T>> extends Descriptor<T> {
    protected BuildStepDescriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException();
    }

    protected BuildStepDescriptor() {
        throw new UnsupportedOperationException();
    }

    public abstract boolean isApplicable(Class<? extends AbstractProject> jobType);
}
