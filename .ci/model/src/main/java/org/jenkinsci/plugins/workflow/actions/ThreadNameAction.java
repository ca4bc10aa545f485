// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/actions/ThreadNameAction.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.actions;

import edu.umd.cs.findbugs.annotations.NonNull;

public interface ThreadNameAction extends PersistentAction {

    @NonNull
    String getThreadName();
}
