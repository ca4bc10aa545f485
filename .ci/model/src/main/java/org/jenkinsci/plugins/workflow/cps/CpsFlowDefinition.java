// Source: jenkinsci/workflow-cps-plugin plugin/src/main/java/org/jenkinsci/plugins/workflow/cps/CpsFlowDefinition.java @ e007b7ff2178
package org.jenkinsci.plugins.workflow.cps;

import hudson.model.Descriptor;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

public class CpsFlowDefinition extends FlowDefinition {

    @Deprecated
    public CpsFlowDefinition(String script) throws Descriptor.FormException {
        throw new UnsupportedOperationException();
    }

    public CpsFlowDefinition(String script, boolean sandbox) throws Descriptor.FormException {
        throw new UnsupportedOperationException();
    }

    public String getScript() {
        throw new UnsupportedOperationException();
    }

    public boolean isSandbox() {
        throw new UnsupportedOperationException();
    }
}
