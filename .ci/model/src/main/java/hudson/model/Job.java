// Source: jenkinsci/jenkins core/src/main/java/hudson/model/Job.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.SortedMap;
import jenkins.model.ModelObjectWithChildren;
import jenkins.widgets.HasWidgets;
import org.kohsuke.stapler.StaplerOverridable;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem implements ExtensionPoint, StaplerOverridable, ModelObjectWithChildren, HasWidgets {
    protected Job(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException();
    }

    public boolean isInQueue() {
        throw new UnsupportedOperationException();
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException();
    }

    public int getNextBuildNumber() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Collection<? extends Job> getAllJobs() {
        throw new UnsupportedOperationException();
    }

    public SortedMap<Integer, RunT> getBuildsAsMap() {
        throw new UnsupportedOperationException();
    }

    public RunT getBuild(String id) {
        throw new UnsupportedOperationException();
    }

    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException();
    }

    public File getBuildDir() {
        throw new UnsupportedOperationException();
    }

    public RunT getLastBuild() {
        throw new UnsupportedOperationException();
    }

    public RunT getFirstBuild() {
        throw new UnsupportedOperationException();
    }

    public RunT getLastSuccessfulBuild() {
        throw new UnsupportedOperationException();
    }

    public RunT getLastFailedBuild() {
        throw new UnsupportedOperationException();
    }

    public RunT getLastCompletedBuild() {
        throw new UnsupportedOperationException();
    }

    @Override
    @NonNull
    public ACL getACL() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }
}
