// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/graph/BlockEndNode.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.graph;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;

public abstract class BlockEndNode<START extends BlockStartNode> extends FlowNode {

    public BlockEndNode(FlowExecution exec, String id, START start, FlowNode... parents) {
        super(exec, id, parents);
        throw new UnsupportedOperationException();
    }

    public BlockEndNode(FlowExecution exec, String id, START start, List<FlowNode> parents) {
        super(exec, id, parents);
        throw new UnsupportedOperationException();
    }

    public @NonNull START getStartNode() {
        throw new UnsupportedOperationException();
    }
}
