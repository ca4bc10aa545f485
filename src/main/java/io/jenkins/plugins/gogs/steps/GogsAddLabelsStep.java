package io.jenkins.plugins.gogs.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.gogs.issues.IssueArguments;
import io.jenkins.plugins.gogs.issues.NameList;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code gogsAddLabels}: adds labels by name to an issue; the names of the issue's labels afterwards. */
@Restricted(NoExternalUse.class)
public class GogsAddLabelsStep extends GogsRepositoryStep {

    private final int number;
    private final Object labels;
    private boolean createLabels;
    private String labelColor;

    @DataBoundConstructor
    public GogsAddLabelsStep(int number, Object labels) {
        this.number = number;
        this.labels = labels;
    }

    public int getNumber() {
        return number;
    }

    @CheckForNull
    public String getLabels() {
        return NameList.display(labels, "labels");
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
        List<String> names = IssueArguments.labelNames(labels);
        String color = IssueArguments.labelColor(labelColor);
        return issues -> issues.addLabels(issue, names, createLabels, color);
    }

    @Extension
    public static class DescriptorImpl extends GogsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "gogsAddLabels";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsAddLabelsStep_DisplayName();
        }
    }
}
