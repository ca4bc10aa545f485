// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/actions/ErrorAction.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

public class ErrorAction implements PersistentAction {

    public ErrorAction(@NonNull Throwable error) {
        throw new UnsupportedOperationException();
    }

    public @NonNull Throwable getError() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException();
    }

    public static @CheckForNull FlowNode findOrigin(@NonNull Throwable error, @NonNull FlowExecution execution) {
        throw new UnsupportedOperationException();
    }
}
