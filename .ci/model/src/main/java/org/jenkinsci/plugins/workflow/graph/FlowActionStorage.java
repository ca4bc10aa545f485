// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/graph/FlowActionStorage.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.graph;

public interface FlowActionStorage {}
