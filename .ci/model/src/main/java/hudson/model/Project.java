// Source: jenkinsci/jenkins core/src/main/java/hudson/model/Project.java @ jenkins-2.541.3
package hudson.model;

import hudson.scm.SCM;
import hudson.tasks.Builder;
import hudson.tasks.Maven.ProjectWithMaven;
import hudson.triggers.SCMTrigger;
import hudson.util.DescribableList;
import java.util.Collection;
import jenkins.triggers.SCMTriggerItem;

public abstract class Project<P extends Project<P, B>, B extends Build<P, B>> extends AbstractProject<P, B> implements SCMTriggerItem, Saveable, ProjectWithMaven, BuildableItemWithBuildWrappers {
    protected Project(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }

    public DescribableList<Builder, Descriptor<Builder>> getBuildersList() {
        throw new UnsupportedOperationException();
    }

    @Override
    public SCMTrigger getSCMTrigger() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Collection<? extends SCM> getSCMs() {
        throw new UnsupportedOperationException();
    }
}
