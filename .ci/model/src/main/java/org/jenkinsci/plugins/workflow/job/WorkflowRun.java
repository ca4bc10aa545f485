// Source: jenkinsci/workflow-job-plugin src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowRun.java @ cef6baeff0cc
package org.jenkinsci.plugins.workflow.job;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Result;
import hudson.model.Run;
import hudson.scm.SCM;
import java.io.File;
import java.io.IOException;
import java.util.List;
import jenkins.model.lazy.LazyBuildMixIn;
import jenkins.scm.RunWithSCM;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

public final class WorkflowRun extends Run<WorkflowJob, WorkflowRun>
        implements FlowExecutionOwner.Executable,
                LazyBuildMixIn.LazyLoadingRun<WorkflowJob, WorkflowRun>,
                RunWithSCM<WorkflowJob, WorkflowRun> {

    public WorkflowRun(WorkflowJob job) throws IOException {
        super(job);
        throw new UnsupportedOperationException();
    }

    public WorkflowRun(WorkflowJob job, File dir) throws IOException {
        super(job, dir);
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkflowRun getPreviousBuild() {
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkflowRun getNextBuild() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setResult(@NonNull Result r) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public FlowExecutionOwner asFlowExecutionOwner() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isBuilding() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isInProgress() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public List<SCM> getSCMs() {
        throw new UnsupportedOperationException();
    }
}
