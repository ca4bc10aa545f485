// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecutionOwner.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.flow;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Queue;
import java.io.IOException;
import java.io.Serializable;

public abstract class FlowExecutionOwner implements Serializable {

    @NonNull
    public abstract FlowExecution get() throws IOException;

    public @CheckForNull FlowExecution getOrNull() {
        throw new UnsupportedOperationException();
    }

    public interface Executable extends Queue.Executable {

        @CheckForNull
        FlowExecutionOwner asFlowExecutionOwner();
    }
}
