// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/flow/FlowDefinition.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.flow;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.scm.SCM;
import java.util.Collection;

public abstract class FlowDefinition extends AbstractDescribableImpl<FlowDefinition> implements ExtensionPoint {

    public Collection<? extends SCM> getSCMs() {
        throw new UnsupportedOperationException();
    }
}
