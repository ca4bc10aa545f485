package io.jenkins.plugins.gogs.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.gogs.issues.IssueArguments;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code gogsCloseIssue}: closes an issue, after an optional comment; the issue's map. */
@Restricted(NoExternalUse.class)
public class GogsCloseIssueStep extends GogsRepositoryStep {

    private final int number;
    private String comment;

    @DataBoundConstructor
    public GogsCloseIssueStep(int number) {
        this.number = number;
    }

    public int getNumber() {
        return number;
    }

    @CheckForNull
    public String getComment() {
        return comment;
    }

    @DataBoundSetter
    public void setComment(String comment) {
        this.comment = Util.fixEmpty(comment);
    }

    @Override
    Work prepare() {
        long issue = IssueArguments.issueNumber(number);
        return issues -> issues.close(issue, comment);
    }

    @Extension
    public static class DescriptorImpl extends GogsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "gogsCloseIssue";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsCloseIssueStep_DisplayName();
        }
    }
}
