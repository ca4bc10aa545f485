// Source: jenkinsci/jenkins core/src/main/java/hudson/model/AbstractBuild.java @ jenkins-2.541.3
package hudson.model;

import java.io.File;
import java.io.IOException;
import java.util.Calendar;
import jenkins.model.lazy.LazyBuildMixIn;
import jenkins.scm.RunWithSCM;

public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R> implements Queue.Executable, LazyBuildMixIn.LazyLoadingRun<P, R>, RunWithSCM<P, R> {
    protected AbstractBuild(P job) throws IOException {
        super(job);
        throw new UnsupportedOperationException();
    }

    protected AbstractBuild(P job, Calendar timestamp) {
        super(job, timestamp);
        throw new UnsupportedOperationException();
    }

    protected AbstractBuild(P project, File buildDir) throws IOException {
        super(project, buildDir);
        throw new UnsupportedOperationException();
    }

    public final P getProject() {
        throw new UnsupportedOperationException();
    }

    @Override
    public R getPreviousBuild() {
        throw new UnsupportedOperationException();
    }

    @Override
    public R getNextBuild() {
        throw new UnsupportedOperationException();
    }

    @Override
    public abstract void run();
}
