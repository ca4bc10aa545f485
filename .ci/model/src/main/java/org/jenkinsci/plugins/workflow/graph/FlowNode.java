// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/graph/FlowNode.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.graph;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.Actionable;
import hudson.model.Saveable;
import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;

public abstract class FlowNode extends Actionable implements Saveable {

    protected FlowNode(FlowExecution exec, String id, List<FlowNode> parents) {
        throw new UnsupportedOperationException();
    }

    protected FlowNode(FlowExecution exec, String id, FlowNode... parents) {
        throw new UnsupportedOperationException();
    }

    public @NonNull FlowExecution getExecution() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public Iterable<BlockStartNode> iterateEnclosingBlocks() {
        throw new UnsupportedOperationException();
    }

    public String getId() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final <T extends Action> T getPersistentAction(@NonNull Class<T> type) {
        throw new UnsupportedOperationException();
    }
}
