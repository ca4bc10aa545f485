// Source: jenkinsci/jenkins core/src/main/java/hudson/model/Build.java @ jenkins-2.541.3
package hudson.model;

import java.io.File;
import java.io.IOException;
import java.util.Calendar;

public abstract class Build<P extends Project<P, B>, B extends Build<P, B>> extends AbstractBuild<P, B> {
    protected Build(P project) throws IOException {
        super(project);
        throw new UnsupportedOperationException();
    }

    protected Build(P job, Calendar timestamp) {
        super(job, timestamp);
        throw new UnsupportedOperationException();
    }

    protected Build(P project, File buildDir) throws IOException {
        super(project, buildDir);
        throw new UnsupportedOperationException();
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException();
    }
}
