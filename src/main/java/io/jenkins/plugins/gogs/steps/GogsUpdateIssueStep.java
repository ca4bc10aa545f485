package io.jenkins.plugins.gogs.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.gogs.issues.IssueArguments;
import io.jenkins.plugins.gogs.issues.IssueChanges;
import io.jenkins.plugins.gogs.issues.NameList;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code gogsUpdateIssue}: changes an issue; what is not given stays as it is. An empty text means "not given" (as
 * an empty form field does), so removing takes an explicit flag ({@code unassign}, {@code removeMilestone}) or, for
 * labels, an empty list ({@code labels: []}). Returns the issue's map.
 */
@Restricted(NoExternalUse.class)
public class GogsUpdateIssueStep extends GogsRepositoryStep {

    private final int number;
    private String title;
    private String body;
    private String state;
    private String assignee;
    private boolean unassign;
    private String milestone;
    private boolean removeMilestone;
    private Object labels;
    private boolean createLabels;
    private String labelColor;

    @DataBoundConstructor
    public GogsUpdateIssueStep(int number) {
        this.number = number;
    }

    public int getNumber() {
        return number;
    }

    @CheckForNull
    public String getTitle() {
        return title;
    }

    @DataBoundSetter
    public void setTitle(String title) {
        this.title = Util.fixEmptyAndTrim(title);
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
    public String getState() {
        return state;
    }

    @DataBoundSetter
    public void setState(String state) {
        this.state = Util.fixEmptyAndTrim(state);
    }

    @CheckForNull
    public String getAssignee() {
        return assignee;
    }

    @DataBoundSetter
    public void setAssignee(String assignee) {
        this.assignee = Util.fixEmptyAndTrim(assignee);
    }

    public boolean isUnassign() {
        return unassign;
    }

    @DataBoundSetter
    public void setUnassign(boolean unassign) {
        this.unassign = unassign;
    }

    @CheckForNull
    public String getMilestone() {
        return milestone;
    }

    @DataBoundSetter
    public void setMilestone(String milestone) {
        this.milestone = Util.fixEmptyAndTrim(milestone);
    }

    public boolean isRemoveMilestone() {
        return removeMilestone;
    }

    @DataBoundSetter
    public void setRemoveMilestone(boolean removeMilestone) {
        this.removeMilestone = removeMilestone;
    }

    @CheckForNull
    public String getLabels() {
        return NameList.display(labels, "labels");
    }

    /** The issue's labels from now on: a list (an empty one removes all) or names separated by commas. */
    @DataBoundSetter
    public void setLabels(Object labels) {
        this.labels = labels;
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
        long issue = IssueArguments.issueNumber(number);
        IssueChanges changes = IssueChanges.fromStepArguments(
                title, body, state, assignee, unassign, milestone, removeMilestone, labels, createLabels, labelColor);
        return issues -> issues.update(issue, changes);
    }

    @Extension
    public static class DescriptorImpl extends GogsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "gogsUpdateIssue";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsUpdateIssueStep_DisplayName();
        }

        /** Unchanged, open (reopen) or closed; no request, nothing secret. */
        public ListBoxModel doFillStateItems() {
            ListBoxModel states = new ListBoxModel();
            states.add(Messages.GogsUpdateIssueStep_StateUnchanged(), "");
            states.add(Messages.State_Open(), "open");
            states.add(Messages.State_Closed(), "closed");
            return states;
        }
    }
}
