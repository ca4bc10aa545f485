// Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/flow/BlockableResume.java @ cbc88d9c87ce
package org.jenkinsci.plugins.workflow.flow;

public interface BlockableResume {

    boolean isResumeBlocked();

    void setResumeBlocked(boolean isBlocked);
}
