package io.jenkins.plugins.gogs.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.gogs.issues.IssueArguments;
import io.jenkins.plugins.gogs.issues.IssueDraft;
import io.jenkins.plugins.gogs.issues.NameList;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code gogsCreateIssue}: a new issue with labels by name, milestone by title and assignee; the issue's map. */
@Restricted(NoExternalUse.class)
public class GogsCreateIssueStep extends GogsRepositoryStep {

    private final String title;
    private String body;
    private Object labels;
    private String milestone;
    private String assignee;
    private boolean createLabels;
    private String labelColor;

    @DataBoundConstructor
    public GogsCreateIssueStep(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    @CheckForNull
    public String getBody() {
        return body;
    }

    @DataBoundSetter
    public void setBody(String body) {
        this.body = Util.fixEmpty(body);
    }

    @CheckForNull
    public String getLabels() {
        return NameList.display(labels, "labels");
    }

    @DataBoundSetter
    public void setLabels(Object labels) {
        this.labels = labels;
    }

    @CheckForNull
    public String getMilestone() {
        return milestone;
    }

    @DataBoundSetter
    public void setMilestone(String milestone) {
        this.milestone = Util.fixEmptyAndTrim(milestone);
    }

    @CheckForNull
    public String getAssignee() {
        return assignee;
    }

    @DataBoundSetter
    public void setAssignee(String assignee) {
        this.assignee = Util.fixEmptyAndTrim(assignee);
    }

    public boolean isCreateLabels() {
        return createLabels;
    }

    @DataBoundSetter
    public void setCreateLabels(boolean createLabels) {
        this.createLabels = createLabels;
    }

    @CheckForNull
    public String getLabelColor() {
        return labelColor;
    }

    @DataBoundSetter
    public void setLabelColor(String labelColor) {
        this.labelColor = Util.fixEmptyAndTrim(labelColor);
    }

    @Override
    Work prepare() {
        IssueDraft draft = new IssueDraft(
                IssueArguments.requireText(title, "title"),
                body,
                NameList.of(labels, "labels"),
                milestone,
                assignee,
                createLabels,
                IssueArguments.labelColor(labelColor));
        return issues -> issues.create(draft);
    }

    @Extension
    public static class DescriptorImpl extends GogsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "gogsCreateIssue";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsCreateIssueStep_DisplayName();
        }
    }
}
