// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/actions/LabelAction.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.actions;

public class LabelAction implements PersistentAction {

    public LabelAction(String displayName) {
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
}
