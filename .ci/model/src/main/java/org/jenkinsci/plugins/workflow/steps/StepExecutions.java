// Source: jenkinsci/workflow-step-api-plugin src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecutions.java @ 0773c3c68734
package org.jenkinsci.plugins.workflow.steps;

public class StepExecutions {

    private StepExecutions() {
        throw new UnsupportedOperationException();
    }

    @FunctionalInterface
    public interface SynchronousBody {
        Object call(StepContext context) throws Exception;
    }

    @FunctionalInterface
    public interface SynchronousBodyVoid {
        void call(StepContext context) throws Exception;

        default SynchronousBody asReturn() {
            throw new UnsupportedOperationException();
        }
    }

    public static StepExecution synchronous(StepContext context, SynchronousBody body) {
        throw new UnsupportedOperationException();
    }

    public static StepExecution synchronousVoid(StepContext context, SynchronousBodyVoid body) {
        throw new UnsupportedOperationException();
    }

    public static StepExecution synchronousNonBlocking(StepContext context, SynchronousBody body) {
        throw new UnsupportedOperationException();
    }

    public static StepExecution synchronousNonBlockingVoid(StepContext context, SynchronousBodyVoid body) {
        throw new UnsupportedOperationException();
    }
}
