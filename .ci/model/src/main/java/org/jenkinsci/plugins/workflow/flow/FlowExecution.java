// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecution.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.flow;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import org.jenkinsci.plugins.workflow.graph.FlowActionStorage;
import org.jenkinsci.plugins.workflow.graph.GraphLookupView;

public abstract class FlowExecution implements FlowActionStorage, GraphLookupView {

    public abstract FlowExecutionOwner getOwner();

    public boolean isComplete() {
        throw new UnsupportedOperationException();
    }

    public final @CheckForNull Throwable getCauseOfFailure() {
        throw new UnsupportedOperationException();
    }
}
