// Source: jenkinsci/jenkins core/src/main/java/hudson/model/Project.java @ jenkins-2.541.3
package hudson.model;

import hudson.tasks.Maven.ProjectWithMaven;
import jenkins.triggers.SCMTriggerItem;

public abstract class Project<P extends Project<P, B>, B extends Build<P, B>> extends AbstractProject<P, B> implements SCMTriggerItem, Saveable, ProjectWithMaven, BuildableItemWithBuildWrappers {
    protected Project(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }
}
