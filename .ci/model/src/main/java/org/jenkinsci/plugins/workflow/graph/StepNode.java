// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/graph/StepNode.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.graph;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

public interface StepNode {

    @CheckForNull
    StepDescriptor getDescriptor();
}
