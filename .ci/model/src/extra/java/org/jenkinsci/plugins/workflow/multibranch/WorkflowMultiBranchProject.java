// Source: jenkinsci/workflow-multibranch-plugin src/main/java/org/jenkinsci/plugins/workflow/multibranch/WorkflowMultiBranchProject.java @ 59f7718ddede
package org.jenkinsci.plugins.workflow.multibranch;

import hudson.model.ItemGroup;
import jenkins.branch.MultiBranchProject;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;

public class WorkflowMultiBranchProject extends MultiBranchProject<WorkflowJob, WorkflowRun> {

    public WorkflowMultiBranchProject(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }
}
