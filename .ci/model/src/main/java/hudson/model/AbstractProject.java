// Source: jenkinsci/jenkins core/src/main/java/hudson/model/AbstractProject.java @ jenkins-2.541.3
package hudson.model;

import hudson.model.queue.QueueTaskFuture;
import hudson.scm.SCM;
import hudson.triggers.Trigger;
import java.io.IOException;
import jenkins.model.ParameterizedJobMixIn;
import jenkins.model.lazy.LazyBuildMixIn;

public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Job<P, R> implements BuildableItem, LazyBuildMixIn.LazyLoadingJob<P, R>, ParameterizedJobMixIn.ParameterizedJob<P, R> {
    protected AbstractProject(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public int getQuietPeriod() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isBuildable() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isDisabled() {
        throw new UnsupportedOperationException();
    }

    public void disable() throws IOException {
        throw new UnsupportedOperationException();
    }

    public void enable() throws IOException {
        throw new UnsupportedOperationException();
    }

    public QueueTaskFuture<R> scheduleBuild2(int quietPeriod) {
        throw new UnsupportedOperationException();
    }

    @Override
    public QueueTaskFuture<R> scheduleBuild2(int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException();
    }

    @Override
    public R getBuildByNumber(int n) {
        throw new UnsupportedOperationException();
    }

    @Override
    public R getLastBuild() {
        throw new UnsupportedOperationException();
    }

    protected abstract Class<R> getBuildClass();

    public SCM getScm() {
        throw new UnsupportedOperationException();
    }

    public void setScm(SCM scm) throws IOException {
        throw new UnsupportedOperationException();
    }

    public void addTrigger(Trigger<?> trigger) throws IOException {
        throw new UnsupportedOperationException();
    }

    public abstract static class AbstractProjectDescriptor extends TopLevelItemDescriptor {
        @Override
        public boolean isApplicable(Descriptor descriptor) {
            throw new UnsupportedOperationException();
        }
    }
}
