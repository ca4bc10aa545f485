// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/actions/PersistentAction.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

public interface PersistentAction extends Action {}
