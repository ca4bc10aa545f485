// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/graph/BlockStartNode.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.graph;

import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;

public abstract class BlockStartNode extends FlowNode {

    protected BlockStartNode(FlowExecution exec, String id, FlowNode... parents) {
        super(exec, id, parents);
        throw new UnsupportedOperationException();
    }

    protected BlockStartNode(FlowExecution exec, String id, List<FlowNode> parents) {
        super(exec, id, parents);
        throw new UnsupportedOperationException();
    }
}
