package io.jenkins.plugins.gogs.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.gogs.issues.IssueArguments;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code gogsIssue}: one issue by number, optionally with its comments; a map. */
@Restricted(NoExternalUse.class)
public class GogsIssueStep extends GogsRepositoryStep {

    private final int number;
    private boolean comments;

    @DataBoundConstructor
    public GogsIssueStep(int number) {
        this.number = number;
    }

    public int getNumber() {
        return number;
    }

    public boolean isComments() {
        return comments;
    }

    /** Also read the issue's comments (under {@code commentList}); one more request. */
    @DataBoundSetter
    public void setComments(boolean comments) {
        this.comments = comments;
    }

    @Override
    Work prepare() {
        long issue = IssueArguments.issueNumber(number);
        return issues -> issues.get(issue, comments);
    }

    @Extension
    public static class DescriptorImpl extends GogsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "gogsIssue";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsIssueStep_DisplayName();
        }
    }
}
