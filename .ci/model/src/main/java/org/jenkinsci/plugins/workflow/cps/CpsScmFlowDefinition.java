// Source: jenkinsci/workflow-cps-plugin plugin/src/main/java/org/jenkinsci/plugins/workflow/cps/CpsScmFlowDefinition.java @ e007b7ff2178
package org.jenkinsci.plugins.workflow.cps;

import hudson.scm.SCM;
import java.util.Collection;
import org.kohsuke.stapler.DataBoundConstructor;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

public class CpsScmFlowDefinition extends FlowDefinition {

    @DataBoundConstructor
    public CpsScmFlowDefinition(SCM scm, String scriptPath) {
        throw new UnsupportedOperationException();
    }

    public SCM getScm() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Collection<? extends SCM> getSCMs() {
        throw new UnsupportedOperationException();
    }

    public String getScriptPath() {
        throw new UnsupportedOperationException();
    }
}
