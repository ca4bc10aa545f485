// Source: jenkinsci/workflow-job-plugin src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowJob.java @ cef6baeff0cc
package org.jenkinsci.plugins.workflow.job;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.TopLevelItem;
import hudson.model.TopLevelItemDescriptor;
import hudson.model.queue.QueueTaskFuture;
import hudson.scm.SCM;
import hudson.triggers.SCMTrigger;
import hudson.triggers.Trigger;
import java.io.IOException;
import java.util.Collection;
import jenkins.model.ParameterizedJobMixIn;
import jenkins.model.lazy.LazyBuildMixIn;
import jenkins.triggers.SCMTriggerItem;
import org.jenkinsci.plugins.workflow.flow.BlockableResume;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

public final class WorkflowJob extends Job<WorkflowJob, WorkflowRun>
        implements LazyBuildMixIn.LazyLoadingJob<WorkflowJob, WorkflowRun>,
                ParameterizedJobMixIn.ParameterizedJob<WorkflowJob, WorkflowRun>,
                TopLevelItem,
                Queue.FlyweightTask,
                SCMTriggerItem,
                BlockableResume {

    public WorkflowJob(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }

    public FlowDefinition getDefinition() {
        throw new UnsupportedOperationException();
    }

    public void setDefinition(FlowDefinition definition) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isBuildable() {
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkflowRun getBuild(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkflowRun getBuildByNumber(int n) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkflowRun getFirstBuild() {
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkflowRun getLastBuild() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    @Override
    public QueueTaskFuture<WorkflowRun> scheduleBuild2(int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isDisabled() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int getQuietPeriod() {
        throw new UnsupportedOperationException();
    }

    public void setQuietPeriod(Integer seconds) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isConcurrentBuild() {
        throw new UnsupportedOperationException();
    }

    public void setConcurrentBuild(boolean b) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isResumeBlocked() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setResumeBlocked(boolean resumeBlocked) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TopLevelItemDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }

    public void addTrigger(Trigger trigger) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public SCMTrigger getSCMTrigger() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public Collection<? extends SCM> getSCMs() {
        throw new UnsupportedOperationException();
    }
}
