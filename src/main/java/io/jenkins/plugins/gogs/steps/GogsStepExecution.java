package io.jenkins.plugins.gogs.steps;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.gogs.issues.GogsIssues;
import io.jenkins.plugins.gogs.issues.IssueException;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Runs an issue step off the CPS thread (it waits for Gogs). A failure the core explains becomes an
 * {@link AbortException}: the build log shows the sentence, prefixed with the step's name, without a stack trace.
 */
@Restricted(NoExternalUse.class)
final class GogsStepExecution extends SynchronousNonBlockingStepExecution<Object> {

    private static final long serialVersionUID = 1L;

    private final transient GogsRepositoryStep step;
    private final String functionName;

    GogsStepExecution(GogsRepositoryStep step, StepContext context) {
        super(context);
        this.step = step;
        this.functionName = step.getDescriptor().getFunctionName();
    }

    @Override
    protected Object run() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        try {
            GogsRepositoryStep.Work work = step.prepare();
            GogsIssues issues = StepTargets.open(step, run, listener, functionName);
            return work.run(issues);
        } catch (IssueException | IllegalArgumentException e) {
            throw new AbortException(functionName + ": " + e.getMessage());
        }
    }
}
