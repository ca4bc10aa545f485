// Source: jenkinsci/workflow-step-api-plugin src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java @ 0773c3c68734
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionList;
import hudson.model.Descriptor;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

public abstract class StepDescriptor extends Descriptor<Step> {

    public abstract Set<? extends Class<?>> getRequiredContext();

    public Set<? extends Class<?>> getProvidedContext() {
        throw new UnsupportedOperationException();
    }

    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        throw new UnsupportedOperationException();
    }

    public boolean isAdvanced() {
        throw new UnsupportedOperationException();
    }

    public boolean isMetaStep() {
        throw new UnsupportedOperationException();
    }

    @Nullable
    public final Class<?> getMetaStepArgumentType() {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    public Step newInstance(Map<String, Object> arguments) throws Exception {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    public Map<String, Object> defineArguments(Step step) throws UnsupportedOperationException {
        throw new UnsupportedOperationException();
    }

    public final void checkContextAvailability(StepContext c)
            throws MissingContextVariableException, IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public static ExtensionList<StepDescriptor> all() {
        throw new UnsupportedOperationException();
    }

    public static Iterable<StepDescriptor> allMeta() {
        throw new UnsupportedOperationException();
    }

    @Nullable
    public static StepDescriptor byFunctionName(String name) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static List<StepDescriptor> metaStepsOf(String symbol) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String argumentsToString(@NonNull Map<String, Object> namedArgs) {
        throw new UnsupportedOperationException();
    }
}
