// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/graph/GraphLookupView.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.graph;

public interface GraphLookupView {}
