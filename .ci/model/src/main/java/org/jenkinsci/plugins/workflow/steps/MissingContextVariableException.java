// Source: jenkinsci/workflow-step-api-plugin src/main/java/org/jenkinsci/plugins/workflow/steps/MissingContextVariableException.java @ 0773c3c68734
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

public class MissingContextVariableException extends Exception {

    public MissingContextVariableException(@NonNull Class<?> type) {
        throw new UnsupportedOperationException();
    }

    public MissingContextVariableException(@NonNull Class<?> type, @CheckForNull StepDescriptor d) {
        throw new UnsupportedOperationException();
    }

    public Class<?> getType() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public List<StepDescriptor> getProviders() {
        throw new UnsupportedOperationException();
    }
}
